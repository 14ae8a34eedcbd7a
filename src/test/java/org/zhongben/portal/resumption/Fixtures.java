package org.zhongben.portal.resumption;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.zhongben.portal.testsupport.CaseFiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Clues, evidence files and page helpers shared by the resumption tests. */
final class Fixtures {

    static final Pattern SUBMISSION = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private Fixtures() {
    }

    static Map<String, String> bankAccount(String number) {
        return Map.of("bank", "中国工商银行北京朝阳支行", "accountNumber", number, "holder", "张伟");
    }

    static Map<String, String> vehicle() {
        return Map.of("plate", "京A·12345", "brand", "大众", "seenAt", "朝阳区某小区地下车库");
    }

    static Map<String, String> realEstate() {
        return Map.of("certificateNumber", "京(2020)朝阳区不动产权第0001234号", "address", "北京市朝阳区某路1号院2号楼301");
    }

    /** Three clues of three types, as a JSON request body for the API. */
    static ObjectNode application(boolean declared, Map<String, Map<String, String>> clues) {
        ObjectNode body = CaseFiles.JSON.createObjectNode();
        ArrayNode list = body.putArray("clues");
        clues.forEach((type, fields) -> {
            ObjectNode clue = list.addObject().put("type", type.replaceAll("#.*", ""));
            ObjectNode values = clue.putObject("fields");
            fields.forEach(values::put);
        });
        body.put("declared", declared);
        return body;
    }

    static ObjectNode threeClues() {
        Map<String, Map<String, String>> clues = new LinkedHashMap<>();
        clues.put("BANK_ACCOUNT", bankAccount("0200004509020123456"));
        clues.put("VEHICLE", vehicle());
        clues.put("REAL_ESTATE", realEstate());
        return application(true, clues);
    }

    /** A unified social credit code with a correct check character (GB 32100-2015), computed independently. */
    static String creditCode(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        int check = (31 - sum % 31) % 31;
        return first17 + alphabet.charAt(check);
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + text + "\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PNG whose header claims 60000 × 60000 pixels (a decompression bomb) around a few bytes of data. */
    static byte[] pngBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        ByteBuffer header = ByteBuffer.allocate(13).putInt(60000).putInt(60000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static String first(Pattern pattern, String html) {
        return org.zhongben.portal.testsupport.Browser.first(pattern, html);
    }

    static List<String> all(Pattern pattern, String html) {
        return pattern.matcher(html).results().map(result -> result.group(1)).toList();
    }
}
