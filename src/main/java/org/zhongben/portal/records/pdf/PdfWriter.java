package org.zhongben.portal.records.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Prints a {@link RecordDocument} as an A4 PDF with the bundled Chinese font, a footer and a diagonal watermark on
 * every page.
 * <p>
 * The font is parsed once and shared: OpenPDF keeps the glyphs a document uses per document, so concurrent calls do not
 * interfere. Everything else (document, OpenPDF writer, fonts with sizes) is made per call. Pages go to the stream as
 * they fill up, and large tables are handed over in slices, so memory stays flat for long records.
 */
public final class PdfWriter {

    /** Unpacked by the build (see pom.xml): never a system font, which servers and containers lack for Chinese. */
    static final String FONT_RESOURCE = "fonts/NotoSansSC-Regular.ttf";

    static final String CREATOR = "Creditor Transparency Portal";

    /** Rows a table holds before they are written out; bounds memory for tables of any length. */
    private static final int TABLE_SLICE_ROWS = 100;

    private static final float MARGIN_SIDE = 56;
    private static final float MARGIN_TOP = 56;
    private static final float MARGIN_BOTTOM = 64;

    private final BaseFont font;

    private PdfWriter(BaseFont font) {
        this.font = font;
    }

    /** The writer with the font the build bundles; parsed on first use (about 10 MB), then shared. */
    public static PdfWriter withBundledFont() {
        return Bundled.INSTANCE;
    }

    /** Holder idiom: the JVM loads the font once, lazily and thread-safely. */
    private static final class Bundled {
        static final PdfWriter INSTANCE = new PdfWriter(loadFont(FONT_RESOURCE));
    }

    static BaseFont loadFont(String resource) {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath; the build unpacks it "
                        + "(maven-dependency-plugin, execution unpack-pdf-font)");
            }
            // Identity-H + embedded: any Unicode text, and only the glyphs used end up in the file.
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Writes the document to {@code out}, which is flushed but left open for the caller to close.
     *
     * @throws IOException when the stream fails (e.g. the client went away); the output is then incomplete
     */
    public void write(RecordDocument document, Footer footer, OutputStream out) throws IOException {
        Styles styles = new Styles(font);
        Document pdf = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PageDecoration(font, footer));
            pdf.addTitle(document.title());
            pdf.addCreator(CREATOR);
            pdf.addProducer();
            pdf.open();
            writeTitle(pdf, document, styles);
            for (Block block : document.blocks()) {
                writeBlock(pdf, block, styles);
            }
            pdf.close();
        } catch (ExceptionConverter e) {
            // OpenPDF wraps checked exceptions, including those of the output stream.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw new IOException("PDF generation failed", e.getException());
        } catch (DocumentException e) {
            throw new IOException("PDF generation failed", e);
        }
        out.flush();
    }

    private static void writeTitle(Document pdf, RecordDocument document, Styles styles) {
        com.lowagie.text.Paragraph title = new com.lowagie.text.Paragraph(document.title(), styles.title);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(document.subtitle().isEmpty() ? 10 : 4);
        pdf.add(title);
        for (int i = 0; i < document.subtitle().size(); i++) {
            com.lowagie.text.Paragraph line = new com.lowagie.text.Paragraph(document.subtitle().get(i),
                    styles.subtitle);
            line.setAlignment(Element.ALIGN_CENTER);
            if (i == document.subtitle().size() - 1) {
                line.setSpacingAfter(10);
            }
            pdf.add(line);
        }
    }

    // Java 17 has no pattern switch; Block is sealed, so this chain is complete.
    private static void writeBlock(Document pdf, Block block, Styles styles) {
        if (block instanceof Heading heading) {
            pdf.add(styles.heading(heading));
        } else if (block instanceof Paragraph paragraph) {
            pdf.add(styles.paragraph(paragraph));
        } else if (block instanceof KeyValues keyValues) {
            pdf.add(keyValues(keyValues, styles));
        } else if (block instanceof Table table) {
            writeTable(pdf, table, styles);
        } else {
            throw new IllegalArgumentException("unknown block " + block.getClass());
        }
    }

    private static PdfPTable keyValues(KeyValues block, Styles styles) {
        PdfPTable table = new PdfPTable(new float[] { 1, 2.6f });
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(8);
        for (Map.Entry<String, String> row : block.rows()) {
            table.addCell(styles.keyCell(row.getKey()));
            table.addCell(styles.valueCell(row.getValue()));
        }
        return table;
    }

    /**
     * Adds the table in slices ({@link com.lowagie.text.LargeElement}): OpenPDF lays out and drops the rows it was
     * given, keeps the header for the following pages, and only the current slice is held as cells.
     */
    private static void writeTable(Document pdf, Table block, Styles styles) {
        PdfPTable table = block.relativeWidths() == null ? new PdfPTable(block.headers().size())
                : new PdfPTable(block.relativeWidths());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(block.rows().isEmpty() ? 0 : 1);
        table.setComplete(false);
        for (String header : block.headers()) {
            table.addCell(styles.headerCell(header));
        }
        List<List<String>> rows = block.rows();
        for (int i = 0; i < rows.size(); i++) {
            for (String cell : rows.get(i)) {
                table.addCell(styles.bodyCell(cell));
            }
            if ((i + 1) % TABLE_SLICE_ROWS == 0 && i + 1 < rows.size()) {
                pdf.add(table);
                table.setSpacingBefore(0); // the slices must join up without a gap
            }
        }
        table.setSpacingAfter(8);
        table.setComplete(true);
        pdf.add(table);
    }

    /** Fonts and cell styles of one call; OpenPDF's {@link Font} is mutable, so it is not shared between threads. */
    private static final class Styles {

        private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
        private static final Color MUTED = new Color(0x55, 0x55, 0x55);
        private static final Color RULE = new Color(0xb0, 0xb0, 0xb0);
        private static final Color HEADER_FILL = new Color(0xec, 0xec, 0xec);

        final Font title;
        final Font subtitle;
        final Font[] headings;
        final Font body;
        final Font small;
        final Font key;
        final Font tableHeader;
        final Font tableBody;

        Styles(BaseFont font) {
            // One regular face: Font.BOLD makes OpenPDF stroke the outlines, a bold look without a second 10 MB font.
            title = new Font(font, 17, Font.BOLD, TEXT);
            subtitle = new Font(font, 9.5f, Font.NORMAL, MUTED);
            headings = new Font[] { new Font(font, 14, Font.BOLD, TEXT), new Font(font, 12, Font.BOLD, TEXT),
                    new Font(font, 10.5f, Font.BOLD, TEXT) };
            body = new Font(font, 10, Font.NORMAL, TEXT);
            small = new Font(font, 8.5f, Font.NORMAL, MUTED);
            key = new Font(font, 9.5f, Font.NORMAL, MUTED);
            tableHeader = new Font(font, 9, Font.BOLD, TEXT);
            tableBody = new Font(font, 8.5f, Font.NORMAL, TEXT);
        }

        com.lowagie.text.Paragraph heading(Heading heading) {
            Font font = headings[heading.level() - 1];
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(font.getSize() * 1.4f, heading.text(), font);
            p.setSpacingBefore(heading.level() == 1 ? 12 : 8);
            p.setSpacingAfter(4);
            p.setKeepTogether(true);
            return p;
        }

        com.lowagie.text.Paragraph paragraph(Paragraph paragraph) {
            Font font = paragraph.small() ? small : body;
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(font.getSize() * 1.6f, paragraph.text(),
                    font);
            p.setSpacingAfter(paragraph.small() ? 3 : 5);
            return p;
        }

        PdfPCell keyCell(String text) {
            return lined(cell(text, key));
        }

        PdfPCell valueCell(String text) {
            return lined(cell(text, body));
        }

        PdfPCell headerCell(String text) {
            PdfPCell c = boxed(cell(text, tableHeader));
            c.setBackgroundColor(HEADER_FILL);
            return c;
        }

        PdfPCell bodyCell(String text) {
            return boxed(cell(text, tableBody));
        }

        /**
         * Cells ignore the phrase's leading (wrapped lines would touch), and without the ascender the first line
         * sits a whole leading below the top.
         */
        private static PdfPCell cell(String text, Font font) {
            PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
            c.setLeading(0, 1.4f);
            c.setUseAscender(true);
            c.setUseDescender(true);
            return c;
        }

        private static PdfPCell lined(PdfPCell c) {
            c.setBorder(PdfPCell.BOTTOM);
            c.setBorderColor(RULE);
            c.setBorderWidth(0.5f);
            c.setPaddingTop(4);
            c.setPaddingBottom(5);
            c.setPaddingLeft(2);
            return c;
        }

        private static PdfPCell boxed(PdfPCell c) {
            c.setBorderColor(RULE);
            c.setBorderWidth(0.5f);
            c.setPadding(3);
            return c;
        }
    }
}
