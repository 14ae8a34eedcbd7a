package org.zhongben.portal.common.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

/**
 * Checks an uploaded evidence file before it is stored. The type comes from the bytes (a renamed executable stays
 * an executable); the structure check is cheap and bounded, so a hostile file costs at most one read of
 * {@code maxBytes} and an image header.
 */
public final class EvidenceInspector {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    private static final Set<String> ACCEPTED = Set.of(PDF, JPEG, PNG);

    /** Enough of the start of a file for Tika's magic numbers and its text heuristic. */
    private static final int HEAD_BYTES = 8 * 1024;
    /** PDF 1.7 §7.5.5: readers look for {@code %%EOF} in the last 1024 bytes, so we do the same. */
    private static final int PDF_TAIL_BYTES = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final Tika TIKA = new Tika();

    private EvidenceInspector() {
    }

    /**
     * Blocking; reads the file once, streaming, for its size and SHA-256 (stopping after {@code maxBytes + 1}),
     * sniffs the type from the first bytes with Tika, never from {@code declaredName} or {@code declaredType}, then
     * checks the structure: a PDF's header and trailer, an image's dimensions from its header alone.
     *
     * @param declaredType the browser's type; ignored, as the client chooses it freely
     */
    public static InspectedEvidence inspect(Path file, String declaredName, String declaredType, EvidenceLimits limits)
            throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        byte[] head = new byte[HEAD_BYTES];
        int headLength = 0;
        Tail tail = new Tail(PDF_TAIL_BYTES);
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, limits.maxBytes() + 1 - size))) > 0) {
                if (headLength < head.length) {
                    int copied = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copied);
                    headLength += copied;
                }
                digest.update(buffer, 0, read);
                tail.append(buffer, read);
                size += read;
            }
        }
        if (size > limits.maxBytes()) {
            String name = FileNames.sanitise(declaredName, null);
            return new InspectedEvidence(name, null, Math.max(size, Files.size(file)), null,
                    List.of(EvidenceProblem.TOO_LARGE));
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (size == 0) {
            return refused(declaredName, size, sha256, EvidenceProblem.EMPTY);
        }
        String type = MediaType.parse(TIKA.detect(Arrays.copyOf(head, headLength))).getBaseType().toString();
        if (!ACCEPTED.contains(type)) {
            return refused(declaredName, size, sha256, EvidenceProblem.UNSUPPORTED_TYPE);
        }
        EvidenceProblem problem = PDF.equals(type) ? checkPdf(head, headLength, tail)
                : checkImage(file, type, limits.maxImagePixels());
        List<EvidenceProblem> problems = problem == null ? List.of() : List.of(problem);
        return new InspectedEvidence(FileNames.sanitise(declaredName, type), type, size, sha256, problems);
    }

    private static InspectedEvidence refused(String declaredName, long size, String sha256, EvidenceProblem problem) {
        return new InspectedEvidence(FileNames.sanitise(declaredName, null), null, size, sha256, List.of(problem));
    }

    /** Tika also calls a file PDF when {@code %PDF-} appears a little later; readers differ there, so we refuse it. */
    private static EvidenceProblem checkPdf(byte[] head, int headLength, Tail tail) {
        boolean header = headLength >= PDF_HEADER.length
                && Arrays.equals(head, 0, PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length);
        return header && tail.contains(PDF_EOF) ? null : EvidenceProblem.CORRUPT;
    }

    /**
     * Reads width and height from the image header without decoding pixels: a 60000×60000 PNG of a few hundred
     * bytes would otherwise need over ten gigabytes when any later code (a thumbnail, a viewer) decodes it.
     */
    private static EvidenceProblem checkImage(Path file, String type, long maxPixels) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(stream, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            return pixels > maxPixels ? EvidenceProblem.IMAGE_TOO_LARGE : null;
        } catch (IOException | RuntimeException unreadable) {
            // The file was just read in full, so a failure here is the header's, not the disk's. Image plugins
            // signal bad input with unchecked exceptions too.
            return EvidenceProblem.CORRUPT;
        } finally {
            reader.dispose();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last {@code capacity} bytes seen, so the PDF trailer is checked without a second read. */
    private static final class Tail {

        private final byte[] bytes;
        private int length;

        Tail(int capacity) {
            bytes = new byte[capacity];
        }

        void append(byte[] chunk, int count) {
            if (count >= bytes.length) {
                System.arraycopy(chunk, count - bytes.length, bytes, 0, bytes.length);
                length = bytes.length;
                return;
            }
            int keep = Math.min(length, bytes.length - count);
            System.arraycopy(bytes, length - keep, bytes, 0, keep);
            System.arraycopy(chunk, 0, bytes, keep, count);
            length = keep + count;
        }

        boolean contains(byte[] needle) {
            for (int i = 0; i + needle.length <= length; i++) {
                if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                    return true;
                }
            }
            return false;
        }
    }
}
