package org.zhongben.portal.records.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws the footer (watermark text, rule, page label) and the diagonal watermark as each page ends.
 * <p>
 * The page count is unknown until the last page, so each page label is an empty {@link PdfTemplate} that is filled in
 * when the document closes. One small template per page rather than one shared "total" template: the whole label can
 * then be right-aligned, and the pattern may put {@code {pages}} anywhere, in any language.
 */
final class PageDecoration extends PdfPageEventHelper {

    private static final float FOOTER_SIZE = 7.5f;
    private static final float FOOTER_LEADING = 9.5f;
    /** Top of the footer band: below the body's bottom margin (64) and above the paper edge. */
    private static final float FOOTER_TOP = 46;
    private static final float FOOTER_BOTTOM = 12;
    private static final float GAP = 12;

    private static final Color FOOTER_TEXT = new Color(0x66, 0x66, 0x66);
    private static final Color FOOTER_RULE = new Color(0xbb, 0xbb, 0xbb);
    /** Light enough to read through, dark enough to survive a photocopy. */
    private static final Color WATERMARK = new Color(0xd4, 0xd4, 0xd4);
    private static final float WATERMARK_MAX_SIZE = 30;

    private final BaseFont font;
    private final Footer footer;
    private final float labelWidth;
    private final List<PdfTemplate> labels = new ArrayList<>();

    PageDecoration(BaseFont font, Footer footer) {
        this.font = font;
        this.footer = footer;
        // Wide enough for five-digit page numbers in the caller's pattern.
        this.labelWidth = font.getWidthPoint(footer.pageLabel(88888, 88888), FOOTER_SIZE) + 2;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();

        if (footer.hasWatermark()) {
            drawDiagonal(writer.getDirectContentUnder(), page);
        }

        PdfContentByte over = writer.getDirectContent();
        over.saveState();
        over.setColorStroke(FOOTER_RULE);
        over.setLineWidth(0.5f);
        over.moveTo(left, FOOTER_TOP + 4);
        over.lineTo(right, FOOTER_TOP + 4);
        over.stroke();
        over.restoreState();

        float baseline = FOOTER_TOP - FOOTER_LEADING;
        if (footer.hasWatermark()) {
            ColumnText text = new ColumnText(over);
            text.setSimpleColumn(new Phrase(FOOTER_LEADING, footer.watermark(),
                    new Font(font, FOOTER_SIZE, Font.NORMAL, FOOTER_TEXT)), left, FOOTER_BOTTOM,
                    right - labelWidth - GAP, FOOTER_TOP, FOOTER_LEADING, Element.ALIGN_LEFT);
            text.go();
        }

        float descent = -font.getFontDescriptor(BaseFont.DESCENT, FOOTER_SIZE);
        PdfTemplate label = over.createTemplate(labelWidth, FOOTER_SIZE + descent + 2);
        over.addTemplate(label, right - labelWidth, baseline - descent);
        labels.add(label);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int pages = labels.size();
        float descent = -font.getFontDescriptor(BaseFont.DESCENT, FOOTER_SIZE);
        for (int i = 0; i < pages; i++) {
            PdfTemplate label = labels.get(i);
            label.beginText();
            label.setFontAndSize(font, FOOTER_SIZE);
            label.setColorFill(FOOTER_TEXT);
            label.showTextAligned(Element.ALIGN_RIGHT, footer.pageLabel(i + 1, pages), labelWidth, descent, 0);
            label.endText();
        }
    }

    /** Corner to corner through the middle, under the content so the record stays readable. */
    private void drawDiagonal(PdfContentByte under, Rectangle page) {
        String text = footer.watermark();
        double angle = Math.toDegrees(Math.atan2(page.getHeight(), page.getWidth()));
        float diagonal = (float) Math.hypot(page.getWidth(), page.getHeight());
        float size = Math.min(WATERMARK_MAX_SIZE, diagonal * 0.6f / font.getWidthPoint(text, 1));
        under.saveState();
        under.beginText();
        under.setFontAndSize(font, size);
        under.setColorFill(WATERMARK);
        under.showTextAligned(Element.ALIGN_CENTER, text, page.getWidth() / 2, page.getHeight() / 2 - size / 3,
                (float) angle);
        under.endText();
        under.restoreState();
    }
}
