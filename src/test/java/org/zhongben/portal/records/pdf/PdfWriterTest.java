package org.zhongben.portal.records.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.BaseFont;

class PdfWriterTest {

    private static final String WATERMARK = "下载人 张律师(代理律师) · 2026-11-28 10:00 · 记录编号 3f2a9c";
    private static final List<String> HEADERS = List.of("序号", "财产类型", "查询结果", "Remarks");

    private static byte[] sample;
    private static int samplePages;

    @BeforeAll
    static void writeSample() throws IOException {
        sample = write(sampleDocument(300), new Footer(WATERMARK, Footer.ZH_PAGE_LABEL));
        try (PDDocument pdf = Loader.loadPDF(sample)) {
            samplePages = pdf.getNumberOfPages();
        }
    }

    @Test
    void chineseAndEnglishTextComesBackOut() throws IOException {
        String text = text(sample, 1, samplePages);

        assertThat(text).contains("终结本次执行程序", "银行存款", "冻结", "Creditor Transparency Portal",
                "(2024)京0105执123号", "案件基本信息", "被执行人", "北京某某贸易有限公司", "第 300 行");
    }

    @Test
    void longTablesRunOverSeveralPagesAndRepeatTheirHeader() throws IOException {
        assertThat(samplePages).isGreaterThan(1);

        String secondPage = text(sample, 2, 2);

        assertThat(secondPage).contains(HEADERS);
        assertThat(secondPage).doesNotContain("案件基本信息");
    }

    @Test
    void everyPageCarriesTheWatermarkAndItsPageLabel() throws IOException {
        for (int page = 1; page <= samplePages; page++) {
            assertThat(text(sample, page, page)).as("page %d", page).contains(WATERMARK)
                    .contains("第 " + page + " 页，共 " + samplePages + " 页");
        }
    }

    @Test
    void theEnglishPageLabelWorksToo() throws IOException {
        byte[] pdf = write(sampleDocument(120), new Footer(null, Footer.EN_PAGE_LABEL));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(text(pdf, pages, pages)).contains("Page " + pages + " of " + pages);
        }
    }

    @Test
    void onlyTheBundledFontIsUsedAndItIsEmbeddedAsASubset() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample)) {
            for (PDPage page : List.of(pdf.getPage(0), pdf.getPage(samplePages - 1))) {
                List<PDFont> fonts = fonts(page.getResources());

                assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.getCOSObject().getNameAsString(COSName.ENCODING)).isEqualTo("Identity-H");
                    // A six-letter tag marks a subset; the whole font would add 10 MB.
                    assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
                });
            }
        }
        assertThat(sample.length).isLessThan(1_500_000);
    }

    @Test
    void metadataNamesTheDocumentAndThePortal() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample)) {
            var info = pdf.getDocumentInformation();

            assertThat(info.getTitle()).isEqualTo("财产查询记录 (2024)京0105执123号");
            assertThat(info.getCreator()).isEqualTo("Creditor Transparency Portal");
            assertThat(info.getProducer()).startsWith("OpenPDF");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, within(1f));
        }
    }

    @Test
    void theBundledFontCoversCommonChineseLatinAndDigits() {
        BaseFont font = PdfWriter.loadFont(PdfWriter.FONT_RESOURCE);
        String needed = "终本执行冻结查询裁定银行存款被执行人申请恢复财产线索第页共（）：，。·" + "0123456789"
                + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz()-:/.,";

        assertThat(needed.codePoints()).allSatisfy(c -> assertThat(font.charExists(c)).as("U+%04X", c).isTrue());
    }

    @Test
    void concurrentCallsProduceIndependentDocuments() throws Exception {
        PdfWriter writer = PdfWriter.withBundledFont();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<byte[]>> jobs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                RecordDocument doc = new RecordDocument("并发文档 " + i, List.of(),
                        List.of(new Paragraph("标记" + i + "号 " + "执行".repeat(i + 1)),
                                new Table(List.of("列"), IntStream.range(0, 80).mapToObj(r -> List.of("行 " + r)).toList())));
                jobs.add(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    writer.write(doc, new Footer("线程水印", Footer.ZH_PAGE_LABEL), out);
                    return out.toByteArray();
                });
            }
            List<Future<byte[]>> results = pool.invokeAll(jobs);
            for (int i = 0; i < results.size(); i++) {
                byte[] pdf = results.get(i).get();
                String text = text(pdf, 1, 1);
                assertThat(text).contains("并发文档 " + i, "标记" + i + "号", "线程水印");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theCallerKeepsTheStreamOpen() throws IOException {
        boolean[] closed = { false };
        OutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        PdfWriter.withBundledFont().write(new RecordDocument("空", null, null), new Footer(null, "{page}/{pages}"),
                out);

        assertThat(closed[0]).isFalse();
    }

    @Test
    void aTableWithoutRowsStillShowsItsHeader() throws IOException {
        RecordDocument empty = new RecordDocument("无记录", List.of(),
                List.of(new Table(HEADERS, List.of()), new Paragraph("暂无查询结果", true)));

        assertThat(text(write(empty, new Footer(null, Footer.ZH_PAGE_LABEL)), 1, 1)).contains(HEADERS)
                .contains("暂无查询结果", "第 1 页，共 1 页");
    }

    @Test
    void aFailingStreamSurfacesAsIOException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("client went away");
            }
        };

        assertThatThrownBy(() -> PdfWriter.withBundledFont().write(sampleDocument(10),
                new Footer(WATERMARK, Footer.ZH_PAGE_LABEL), broken)).isInstanceOf(IOException.class);
    }

    @Test
    void blocksRejectWhatCannotBePrinted() {
        assertThatThrownBy(() -> new Heading(4, "过深")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Table(List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Table(List.of("a"), List.of(), new float[] { 1, 2 }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static RecordDocument sampleDocument(int rows) {
        List<List<String>> tableRows = IntStream.rangeClosed(1, rows).mapToObj(i -> List.of(Integer.toString(i),
                i % 3 == 0 ? "银行存款" : i % 3 == 1 ? "不动产" : "车辆",
                i % 2 == 0 ? "已冻结 " + (i * 1000) + ".00 元" : "未发现可供执行的财产",
                "第 " + i + " 行 row " + i + (i % 50 == 0 ? "，这是一段很长的备注，用来检查单元格内的文字会自动换行而不是被截断。" : "")))
                .toList();
        return new RecordDocument("财产查询记录 (2024)京0105执123号",
                List.of("北京市朝阳区人民法院", "Creditor Transparency Portal · 2026-11-28"),
                List.of(new Heading(1, "案件基本信息"),
                        new KeyValues(List.of(Map.entry("案号", "(2024)京0105执123号"), Map.entry("被执行人", "北京某某贸易有限公司"),
                                Map.entry("结案方式", "终结本次执行程序"), Map.entry("Case status", "Terminated (终本)"))),
                        new Heading(2, "网络查控结果"),
                        new Paragraph("本院通过网络执行查控系统对被执行人的银行存款、不动产、车辆等财产进行了查询，对查询到的财产依法予以冻结、查封。"),
                        new Paragraph("The enforcement court searched the debtor's bank deposits, real estate and vehicles.",
                                true),
                        new Heading(3, "查询明细"), new Table(HEADERS, tableRows, new float[] { 0.6f, 1.2f, 2, 3 })));
    }

    static byte[] write(RecordDocument document, Footer footer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.withBundledFont().write(document, footer, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        }
    }

    /** The fonts of a page, including those of its form XObjects (the page labels). */
    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        if (resources == null) {
            return fonts;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts.addAll(fonts(form.getResources()));
            }
        }
        return fonts;
    }
}
