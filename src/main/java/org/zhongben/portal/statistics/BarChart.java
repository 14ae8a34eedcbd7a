package org.zhongben.portal.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * A small bar chart of percentages, drawn on the server as SVG: it needs no script and no chart library, prints, and
 * the page puts the same figures in a table beside it for screen readers and copying.
 */
final class BarChart {

    record Bar(String label, BigDecimal percent) {
    }

    private static final int WIDTH = 480;
    private static final int BAR_AREA = 160;
    private static final int TOP = 20;
    private static final int LEFT = 36;

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars) {
        int slot = bars.isEmpty() ? WIDTH : Math.max(24, (WIDTH - LEFT - 10) / bars.size());
        int height = TOP + BAR_AREA + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(LEFT + 10 + slot * Math.max(1, bars.size())).append(' ').append(height)
                .append("\"><title>").append(escape(title)).append("</title>");
        for (int tick = 0; tick <= 100; tick += 25) {
            int y = TOP + BAR_AREA - tick * BAR_AREA / 100;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + slot * bars.size())
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" class=\"chart__grid\"/>")
                    .append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" class=\"chart__axis\">").append(tick).append("%</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int x = LEFT + i * slot + slot / 6;
            int width = slot * 2 / 3;
            if (bar.percent() != null) {
                int h = bar.percent().multiply(BigDecimal.valueOf(BAR_AREA)).divide(BigDecimal.valueOf(100),
                        java.math.RoundingMode.HALF_UP).intValue();
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(TOP + BAR_AREA - h).append("\" width=\"")
                        .append(width).append("\" height=\"").append(h).append("\" class=\"chart__bar\"/>")
                        .append("<text x=\"").append(x + width / 2).append("\" y=\"").append(TOP + BAR_AREA - h - 4)
                        .append("\" text-anchor=\"middle\" class=\"chart__value\">").append(bar.percent().toPlainString())
                        .append("</text>");
            }
            svg.append("<text x=\"").append(x + width / 2).append("\" y=\"").append(TOP + BAR_AREA + 16)
                    .append("\" text-anchor=\"middle\" class=\"chart__axis\">").append(escape(bar.label())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
