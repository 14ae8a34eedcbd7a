package org.zhongben.portal.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.investigations.Label;

/**
 * Draws a {@link Timeline} as an accessible inline SVG, on the server, with no script and no external resources.
 * <ul>
 * <li>{@code role="img"} with a {@code <title>} and a plain-language {@code <desc>} (counts per status and the events
 * that need attention), both referenced by {@code aria-labelledby};</li>
 * <li>a horizontal time axis with year ticks and a dashed line for today;</li>
 * <li>one marker ({@code <g class="tl-marker tl-<status>">}) per event: filled where the event happened, hollow where
 * it is only expected, with a thin connector from the expected to the actual day when both exist;</li>
 * <li>the status is told by the marker's shape as well as its colour, and a legend names the shapes;</li>
 * <li>colours come from CSS classes through {@code currentColor}, so the portal's stylesheet decides them;</li>
 * <li>only a {@code viewBox}, so the drawing scales down to a 360 px phone.</li>
 * </ul>
 * Events are not labelled in the drawing (labels would overlap); each marker has a {@code <title>} tooltip and the page
 * shows the same events as a table.
 */
public final class TimelineSvg {

    static final int WIDTH = 480;
    private static final int LEFT = 14;
    private static final int RIGHT = 14;
    private static final int LANE_HEIGHT = 14;
    private static final int MAX_LANES = 8;
    private static final double MARKER_HALF_WIDTH = 6;
    private static final int LEGEND_LINE = 18;
    private static final int FONT = 12;
    /** year labels are about 28 units wide: keep them this far apart so they never touch */
    private static final int YEAR_LABEL_GAP = 48;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private TimelineSvg() {
    }

    /** The SVG markup of {@code timeline}, texts in {@code locale}. */
    public static String render(Timeline timeline, Locale locale) {
        Objects.requireNonNull(timeline, "timeline");
        return new Drawing(timeline, locale).draw();
    }

    /** One drawing; holds the scale while the markup is written. */
    private static final class Drawing {

        private final Timeline timeline;
        private final Locale locale;
        private final boolean english;
        private final LocalDate from;
        private final long span;
        private final StringBuilder out = new StringBuilder(4096);

        Drawing(Timeline timeline, Locale locale) {
            this.timeline = timeline;
            this.locale = locale;
            this.english = Languages.isEnglish(locale);
            LocalDate start = timeline.from() != null ? timeline.from() : timeline.asOf();
            LocalDate end = timeline.to() != null ? timeline.to() : start;
            this.from = start;
            this.span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        }

        /** A marker placed in a lane. */
        private record Placed(TimelineEvent event, TimelineStatus status, Double actualX, Double expectedX, int lane) {
        }

        String draw() {
            String id = "tl-" + Integer.toHexString(Objects.hashCode(timeline.caseNumber()));
            List<TimelineStatus> present = presentStatuses();

            int legendBottom = 6;
            StringBuilder legend = new StringBuilder();
            legendBottom = legend(legend, present, legendBottom);

            List<Placed> placed = place();
            int lanes = placed.stream().mapToInt(Placed::lane).max().orElse(0) + 1;
            int lanesTop = legendBottom + 12;
            int axisY = lanesTop + lanes * LANE_HEIGHT + 4;
            int height = axisY + 36;

            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl\" role=\"img\" viewBox=\"0 0 ")
                    .append(WIDTH).append(' ').append(height).append("\" width=\"100%\"")
                    .append(" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"").append(id).append("-title ")
                    .append(id).append("-desc\" font-size=\"").append(FONT).append("\">");
            out.append("<title id=\"").append(id).append("-title\">").append(escape(title())).append("</title>");
            out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description())).append("</desc>");
            out.append(legend);
            axis(axisY, lanesTop);
            for (Placed marker : placed) {
                marker(marker, lanesTop + marker.lane() * LANE_HEIGHT + LANE_HEIGHT / 2.0);
            }
            out.append("</svg>");
            return out.toString();
        }

        private List<TimelineStatus> presentStatuses() {
            Set<TimelineStatus> statuses = EnumSet.noneOf(TimelineStatus.class);
            for (TimelineEvent event : timeline.events()) {
                statuses.add(status(event));
            }
            return List.copyOf(statuses);
        }

        /** A legend row: each status present, its shape and its name, wrapped to the width. */
        private int legend(StringBuilder legend, List<TimelineStatus> statuses, int top) {
            double x = LEFT;
            int line = 0;
            legend.append("<g class=\"tl-legend\">");
            for (TimelineStatus status : statuses) {
                String name = status.label(locale);
                double width = 16 + textWidth(name) + 12;
                if (x + width > WIDTH - RIGHT && x > LEFT) {
                    x = LEFT;
                    line++;
                }
                double cy = top + LEGEND_LINE / 2.0 + line * LEGEND_LINE;
                legend.append("<g class=\"").append(status.cssClass()).append("\">");
                shape(legend, status, x + 6, cy);
                legend.append("<text x=\"").append(num(x + 16)).append("\" y=\"").append(num(cy + 4))
                        .append("\" fill=\"currentColor\">").append(escape(name)).append("</text></g>");
                x += width;
            }
            legend.append("</g>");
            return statuses.isEmpty() ? top : top + (line + 1) * LEGEND_LINE;
        }

        private void axis(int axisY, int lanesTop) {
            double left = LEFT;
            double right = WIDTH - RIGHT;
            out.append("<g class=\"tl-axis\" stroke=\"currentColor\">");
            out.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(axisY).append("\" x2=\"")
                    .append(num(right)).append("\" y2=\"").append(axisY).append("\"/>");
            List<Integer> years = new ArrayList<>();
            LocalDate end = from.plusDays(span);
            for (int year = from.getYear() + 1; year <= end.getYear(); year++) {
                years.add(year);
            }
            int step = years.size() > 10 ? 2 : 1;
            double lastLabel = -100;
            if (years.isEmpty() || x(LocalDate.of(years.get(0), 1, 1)) - left > YEAR_LABEL_GAP) {
                label(left, axisY + 18, String.valueOf(from.getYear()), "start");
                lastLabel = left;
            }
            for (int i = 0; i < years.size(); i++) {
                double x = x(LocalDate.of(years.get(i), 1, 1));
                out.append("<line class=\"tl-tick\" x1=\"").append(num(x)).append("\" y1=\"").append(axisY)
                        .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(axisY + 5).append("\"/>");
                if (i % step == 0 && x - lastLabel > YEAR_LABEL_GAP) {
                    label(x, axisY + 18, String.valueOf(years.get(i)), "middle");
                    lastLabel = x;
                }
            }
            LocalDate today = timeline.asOf();
            if (today != null && !today.isBefore(from) && !today.isAfter(end)) {
                double x = x(today);
                String word = english ? "Today" : "今天";
                out.append("<g class=\"tl-today\"><title>").append(escape(word + " " + today.format(ISO)))
                        .append("</title><line x1=\"").append(num(x)).append("\" y1=\"").append(lanesTop - 4)
                        .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(axisY)
                        .append("\" stroke-dasharray=\"3 3\"/>");
                String anchor = x > right - 20 ? "end" : x < left + 20 ? "start" : "middle";
                label(x, axisY + 32, word, anchor);
                out.append("</g>");
            }
            out.append("</g>");
        }

        private void label(double x, int y, String text, String anchor) {
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(y).append("\" text-anchor=\"")
                    .append(anchor).append("\" fill=\"currentColor\" stroke=\"none\">").append(escape(text))
                    .append("</text>");
        }

        /**
         * Greedy lanes: each marker (with its expected-date ghost and connector) goes into the first lane where it does
         * not overlap the previous one; after {@link #MAX_LANES} lanes markers may overlap (the table has them all).
         */
        private List<Placed> place() {
            record Item(TimelineEvent event, Double actualX, Double expectedX, double start, double end) {
            }
            List<Item> items = new ArrayList<>();
            for (TimelineEvent event : timeline.events()) {
                Double ax = event.actual() == null ? null : x(event.actual());
                Double ex = event.expected() == null ? null : x(event.expected());
                if (ax == null && ex == null) {
                    continue;
                }
                double low = Math.min(ax == null ? ex : ax, ex == null ? ax : ex);
                double high = Math.max(ax == null ? ex : ax, ex == null ? ax : ex);
                items.add(new Item(event, ax, ex, low - MARKER_HALF_WIDTH, high + MARKER_HALF_WIDTH));
            }
            items.sort(Comparator.comparingDouble(Item::start));
            List<Double> laneEnds = new ArrayList<>();
            List<Placed> placed = new ArrayList<>();
            for (Item item : items) {
                int lane = -1;
                for (int i = 0; i < laneEnds.size(); i++) {
                    if (laneEnds.get(i) + 1 <= item.start()) {
                        lane = i;
                        break;
                    }
                }
                if (lane < 0 && laneEnds.size() < MAX_LANES) {
                    laneEnds.add(Double.NEGATIVE_INFINITY);
                    lane = laneEnds.size() - 1;
                }
                if (lane < 0) {
                    lane = 0;
                    for (int i = 1; i < laneEnds.size(); i++) {
                        lane = laneEnds.get(i) < laneEnds.get(lane) ? i : lane;
                    }
                }
                laneEnds.set(lane, Math.max(laneEnds.get(lane), item.end()));
                placed.add(new Placed(item.event(), status(item.event()), item.actualX(), item.expectedX(), lane));
            }
            return placed;
        }

        private void marker(Placed marker, double y) {
            TimelineEvent event = marker.event();
            out.append("<g class=\"tl-marker ").append(marker.status().cssClass()).append("\" data-kind=\"")
                    .append(escape(event.kind())).append("\"><title>").append(escape(tooltip(event)))
                    .append("</title>");
            Double ax = marker.actualX();
            Double ex = marker.expectedX();
            if (ax != null && ex != null && Math.abs(ax - ex) >= 1) {
                out.append("<line class=\"tl-connector\" x1=\"").append(num(ex)).append("\" y1=\"").append(num(y))
                        .append("\" x2=\"").append(num(ax)).append("\" y2=\"").append(num(y))
                        .append("\" stroke=\"currentColor\" stroke-width=\"1\"/>");
                out.append("<circle class=\"tl-expected\" cx=\"").append(num(ex)).append("\" cy=\"").append(num(y))
                        .append("\" r=\"2.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1\"/>");
            }
            shape(out, marker.status(), ax != null ? ax : ex, y);
            out.append("</g>");
        }

        private String tooltip(TimelineEvent event) {
            StringBuilder text = new StringBuilder(event.label() == null ? event.kind() : event.label());
            text.append(english ? " — " : "——").append(event.status().label());
            if (event.actual() != null) {
                text.append(english ? "; happened " : "；实际 ").append(event.actual().format(ISO));
            }
            if (event.expected() != null) {
                text.append(english ? "; expected " : "；应为 ").append(event.expected().format(ISO));
            }
            return text.toString();
        }

        private String title() {
            String number = timeline.caseNumber() == null ? "" : timeline.caseNumber();
            return english ? ("Case timeline " + number).strip() : "执行案件时间轴" + number;
        }

        /** The summary a screen reader reads instead of the drawing. */
        private String description() {
            List<TimelineEvent> events = timeline.events();
            StringBuilder text = new StringBuilder();
            String number = timeline.caseNumber() == null ? "" : timeline.caseNumber();
            LocalDate end = timeline.to() != null ? timeline.to() : from;
            if (english) {
                text.append("Timeline of case ").append(number).append(" from ").append(from.format(EN_DATE))
                        .append(" to ").append(end.format(EN_DATE)).append(", ").append(events.size())
                        .append(events.size() == 1 ? " event" : " events");
            } else {
                text.append("案件").append(number).append("的执行时间轴，自").append(from.format(ZH_DATE)).append("至")
                        .append(end.format(ZH_DATE)).append("，共").append(events.size()).append("个节点");
            }
            List<String> parts = new ArrayList<>();
            for (TimelineStatus status : TimelineStatus.values()) {
                int count = timeline.count(status);
                if (count > 0) {
                    parts.add(english ? count + " " + status.label(locale).toLowerCase(Locale.ROOT)
                            : status.label(locale) + count + "个");
                }
            }
            if (!parts.isEmpty()) {
                text.append(english ? ": " : "：").append(String.join(english ? ", " : "，", parts));
            }
            text.append(english ? ". " : "。");
            List<String> attention = new ArrayList<>();
            for (TimelineEvent event : events) {
                if (status(event).needsAttention()) {
                    attention.add(event.label() + (english ? " (" : "（") + event.status().label()
                            + (english ? ")" : "）"));
                }
            }
            if (attention.isEmpty()) {
                text.append(english ? "No event is late, missing or too early." : "没有逾期、缺失或过早的节点。");
            } else {
                int shown = Math.min(5, attention.size());
                text.append(english ? "Needs attention: " : "需要注意：")
                        .append(String.join(english ? "; " : "；", attention.subList(0, shown)));
                if (attention.size() > shown) {
                    int more = attention.size() - shown;
                    text.append(english ? "; and " + more + " more" : "；另有" + more + "项");
                }
                text.append(english ? "." : "。");
            }
            return text.toString();
        }

        private double x(LocalDate date) {
            double fraction = (double) ChronoUnit.DAYS.between(from, date) / span;
            fraction = Math.max(0, Math.min(1, fraction));
            return LEFT + fraction * (WIDTH - LEFT - RIGHT);
        }

        /** Rough text width in user units, enough to wrap the legend: CJK characters are square, Latin ones narrow. */
        private static double textWidth(String text) {
            double width = 0;
            for (int i = 0; i < text.length(); i++) {
                width += text.charAt(i) > 0x2E80 ? FONT : FONT * 0.58;
            }
            return width;
        }
    }

    /** The status of an event; events made elsewhere with an unknown code are drawn as done. */
    private static TimelineStatus status(TimelineEvent event) {
        Label status = event.status();
        if (status != null) {
            for (TimelineStatus candidate : TimelineStatus.values()) {
                if (candidate.name().equals(status.code())) {
                    return candidate;
                }
            }
        }
        return TimelineStatus.DONE;
    }

    /**
     * The marker shape of a status, so the status does not rest on colour alone. Filled shapes mark what happened,
     * hollow ones what is only expected.
     */
    private static void shape(StringBuilder out, TimelineStatus status, double x, double y) {
        String filled = " fill=\"currentColor\" stroke=\"currentColor\"";
        String hollow = " fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"";
        switch (status) {
            case DONE -> out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"4\"").append(filled).append("/>");
            case ON_TIME -> out.append("<rect x=\"").append(num(x - 4.5)).append("\" y=\"").append(num(y - 4.5))
                    .append("\" width=\"9\" height=\"9\"").append(filled).append("/>");
            case LATE -> out.append("<path d=\"M").append(num(x)).append(' ').append(num(y - 6)).append(" L")
                    .append(num(x + 6)).append(' ').append(num(y + 5)).append(" L").append(num(x - 6)).append(' ')
                    .append(num(y + 5)).append(" Z\"").append(filled).append("/>");
            case TOO_EARLY -> out.append("<path d=\"M").append(num(x)).append(' ').append(num(y - 6)).append(" L")
                    .append(num(x + 6)).append(' ').append(num(y)).append(" L").append(num(x)).append(' ')
                    .append(num(y + 6)).append(" L").append(num(x - 6)).append(' ').append(num(y)).append(" Z\"")
                    .append(filled).append("/>");
            case MISSING -> out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"5\"").append(hollow).append("/><path d=\"M").append(num(x - 3)).append(' ')
                    .append(num(y - 3)).append(" L").append(num(x + 3)).append(' ').append(num(y + 3)).append(" M")
                    .append(num(x + 3)).append(' ').append(num(y - 3)).append(" L").append(num(x - 3)).append(' ')
                    .append(num(y + 3)).append("\"").append(hollow).append("/>");
            case DUE -> out.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"5\"").append(hollow).append("/>");
        }
    }

    private static String num(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)) {
                        out.append(c);
                    }
                    // anything else (control characters, lone surrogates) XML 1.0 forbids: dropped
                }
            }
        }
        return out.toString();
    }
}
