package org.zhongben.portal.records.pdf;

import java.util.Objects;

/**
 * What every page carries: who downloaded the record and when (also drawn lightly across the page, so a printout or a
 * photo of it still names its source), and the page label.
 *
 * @param watermark e.g. {@code 下载人 张律师(代理律师) · 2026-11-28 10:00 · 记录编号 3f2a…}; {@code null} or blank for none
 * @param pageLabelPattern {@code {page}} and {@code {pages}} are replaced, e.g. {@link #ZH_PAGE_LABEL}
 */
public record Footer(String watermark, String pageLabelPattern) {

    public static final String ZH_PAGE_LABEL = "第 {page} 页，共 {pages} 页";
    public static final String EN_PAGE_LABEL = "Page {page} of {pages}";

    public Footer {
        Objects.requireNonNull(pageLabelPattern, "pageLabelPattern");
    }

    String pageLabel(int page, int pages) {
        return pageLabelPattern.replace("{pages}", Integer.toString(pages)).replace("{page}", Integer.toString(page));
    }

    boolean hasWatermark() {
        return watermark != null && !watermark.isBlank();
    }
}
