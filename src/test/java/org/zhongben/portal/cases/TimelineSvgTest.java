package org.zhongben.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zhongben.portal.investigations.Label;
import org.zhongben.portal.investigations.SampleFiles;

class TimelineSvgTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void the_drawing_is_well_formed_svg_with_role_title_and_description() {
        Document svg = parse(TimelineSvg.render(TimelineBuilder.of(SampleFiles.example(), TODAY, ZH), ZH));
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).matches("0 0 480 \\d+");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.hasAttribute("height")).isFalse();

        Element title = (Element) root.getElementsByTagName("title").item(0);
        Element desc = (Element) root.getElementsByTagName("desc").item(0);
        assertThat(title.getParentNode()).isSameAs(root);
        assertThat(title.getTextContent()).isEqualTo("执行案件时间轴(2023)京0105执1234号");
        assertThat(desc.getParentNode()).isSameAs(root);
        assertThat(desc.getTextContent()).contains("个节点", "缺失1个", "需要注意", "第3次定期查询（缺失）");
        assertThat(root.getAttribute("aria-labelledby").split(" "))
                .containsExactly(title.getAttribute("id"), desc.getAttribute("id"));
    }

    @Test
    void the_description_summarises_the_timeline_in_english_too() {
        Timeline timeline = TimelineBuilder.of(SampleFiles.example(), TODAY, EN);
        Document svg = parse(TimelineSvg.render(timeline, EN));
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Case timeline (2023)京0105执1234号");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .startsWith("Timeline of case (2023)京0105执1234号 from 30 January 2023 to 15 August 2028, "
                        + timeline.events().size() + " events: ")
                .contains("1 missing", "Needs attention: ", "Follow-up inquiry 3 (Missing)");
        assertThat(text(svg, "//*[local-name()='g'][@class='tl-legend']")).contains("Done", "On time", "Late",
                "Missing", "Due");
    }

    @Test
    void there_is_one_marker_per_event_with_its_status_class_and_a_tooltip() {
        Timeline timeline = TimelineBuilder.of(SampleFiles.example(), TODAY, ZH);
        Document svg = parse(TimelineSvg.render(timeline, ZH));
        List<Element> markers = markers(svg);
        assertThat(markers).hasSize(timeline.events().size());
        for (int i = 0; i < markers.size(); i++) {
            Element marker = markers.get(i);
            assertThat(marker.getAttribute("class")).startsWith("tl-marker tl-");
            assertThat(marker.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
        }
        List<String> classes = markers.stream().map(m -> m.getAttribute("class")).toList();
        assertThat(classes).contains("tl-marker tl-done", "tl-marker tl-on-time", "tl-marker tl-late",
                "tl-marker tl-missing", "tl-marker tl-due");
    }

    @Test
    void status_is_shown_by_shape_and_fill_not_by_colour_alone() {
        Document svg = parse(TimelineSvg.render(TimelineBuilder.of(SampleFiles.example(), TODAY, ZH), ZH));
        Element done = first(svg, "tl-done");
        Element onTime = first(svg, "tl-on-time");
        Element late = first(svg, "tl-late");
        Element missing = first(svg, "tl-missing");
        Element due = first(svg, "tl-due");
        assertThat(shapeOf(done)).isEqualTo("circle:currentColor");
        assertThat(shapeOf(onTime)).isEqualTo("rect:currentColor");
        assertThat(shapeOf(late)).isEqualTo("path:currentColor");
        assertThat(shapeOf(missing)).isEqualTo("circle:none+path:none");
        assertThat(shapeOf(due)).isEqualTo("circle:none");
        // a late event with both dates: a hollow ghost at the expected day and a connector to the actual day
        assertThat(late.getElementsByTagName("line").getLength()).isEqualTo(1);
        assertThat(((Element) late.getElementsByTagName("line").item(0)).getAttribute("class"))
                .isEqualTo("tl-connector");
    }

    @Test
    void colours_come_from_the_stylesheet_and_nothing_is_loaded_or_run() {
        String svg = TimelineSvg.render(TimelineBuilder.of(SampleFiles.example(), TODAY, EN), EN);
        assertThat(svg).doesNotContain("<script", "style=", "href", "#", "url(", "on" + "load", "on" + "click", "rgb(");
        assertThat(svg.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
        assertThat(svg).containsPattern("fill=\"(currentColor|none)\"");
    }

    @Test
    void xml_special_characters_in_labels_are_escaped() {
        String nasty = "a<b&c\"d'e>f</title><script>";
        TimelineEvent event = new TimelineEvent("DOCKETED", null, nasty, LocalDate.of(2024, 1, 1), null,
                Label.of(TimelineStatus.DONE, EN), null, null, null, null);
        Timeline timeline = new Timeline(nasty, TODAY, LocalDate.of(2024, 1, 1), TODAY, List.of(event), List.of());
        String markup = TimelineSvg.render(timeline, EN);
        assertThat(markup).doesNotContain("<script>").contains("a&lt;b&amp;c&quot;d&apos;e&gt;f");
        Document svg = parse(markup);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Case timeline " + nasty);
        assertThat(markers(svg)).singleElement()
                .satisfies(m -> assertThat(m.getElementsByTagName("title").item(0).getTextContent()).startsWith(nasty));
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).contains(nasty);
    }

    @Test
    void characters_xml_cannot_hold_are_dropped() {
        assertThat(TimelineSvg.escape("a\u0001b\uD800c\uD83D\uDE00")).isEqualTo("abc\uD83D\uDE00");
        assertThat(TimelineSvg.escape(null)).isEmpty();
    }

    @Test
    void year_ticks_mark_each_new_year_and_today_is_drawn() {
        Document svg = parse(TimelineSvg.render(TimelineBuilder.of(SampleFiles.example(), TODAY, ZH), ZH));
        // 2023-01-30 .. 2028-08-15
        assertThat(svg.getElementsByTagName("line").getLength()).isPositive();
        assertThat(count(svg, "//*[local-name()='line'][@class='tl-tick']")).isEqualTo(5);
        assertThat(text(svg, "//*[local-name()='g'][@class='tl-axis']")).contains("2023", "2024", "2028", "今天");
        assertThat(count(svg, "//*[local-name()='g'][@class='tl-today']")).isEqualTo(1);
    }

    @Test
    void markers_on_the_same_days_are_stacked_in_lanes_within_the_drawing() {
        Timeline timeline = TimelineBuilder.of(SampleFiles.example(), TODAY, ZH);
        Document svg = parse(TimelineSvg.render(timeline, ZH));
        String[] box = svg.getDocumentElement().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        NodeList shapes = svg.getElementsByTagName("circle");
        for (int i = 0; i < shapes.getLength(); i++) {
            Element circle = (Element) shapes.item(i);
            assertThat(Double.parseDouble(circle.getAttribute("cx"))).isBetween(0.0, width);
            assertThat(Double.parseDouble(circle.getAttribute("cy"))).isBetween(0.0, height);
        }
        // the ruling and the closing fall on the same day: one lane each
        Element ruling = kind(svg, "TERMINATION_RULING");
        Element closed = kind(svg, "CASE_CLOSED");
        assertThat(lastShape(ruling).getAttribute("x")).isEqualTo(lastShape(closed).getAttribute("x"));
        assertThat(lastShape(ruling).getAttribute("y")).isNotEqualTo(lastShape(closed).getAttribute("y"));
    }

    @Test
    void an_empty_timeline_still_draws_an_axis() {
        Timeline empty = new Timeline(null, TODAY, TODAY, TODAY, List.of(), List.of());
        Document svg = parse(TimelineSvg.render(empty, ZH));
        assertThat(markers(svg)).isEmpty();
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).contains("共0个节点", "没有逾期");
    }

    @Test
    void two_cases_on_one_page_get_different_ids() {
        String one = TimelineSvg.render(TimelineBuilder.of(SampleFiles.example(), TODAY, ZH), ZH);
        String two = TimelineSvg.render(TimelineBuilder.of(SampleFiles.example(
                node -> node.put("caseNumber", "(2023)京0105执1235号")), TODAY, ZH), ZH);
        String idOne = parse(one).getDocumentElement().getAttribute("aria-labelledby");
        String idTwo = parse(two).getDocumentElement().getAttribute("aria-labelledby");
        assertThat(idOne).isNotEqualTo(idTwo);
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    static List<Element> markers(Document svg) {
        NodeList groups = svg.getElementsByTagName("g");
        List<Element> markers = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").startsWith("tl-marker ")) {
                markers.add(group);
            }
        }
        return markers;
    }

    private static Element first(Document svg, String statusClass) {
        return markers(svg).stream().filter(m -> m.getAttribute("class").endsWith(" " + statusClass)).findFirst()
                .orElseThrow();
    }

    /** The marker's own shapes (not the expected-date ghost or connector) as "element:fill", joined by "+". */
    private static String shapeOf(Element marker) {
        List<String> shapes = new ArrayList<>();
        NodeList children = marker.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && !child.getLocalName().equals("title")
                    && !child.getLocalName().equals("line") && !"tl-expected".equals(child.getAttribute("class"))) {
                shapes.add(child.getLocalName() + ":" + child.getAttribute("fill"));
            }
        }
        return String.join("+", shapes);
    }

    private static Element kind(Document svg, String kind) {
        return markers(svg).stream().filter(m -> m.getAttribute("data-kind").equals(kind)).findFirst().orElseThrow();
    }

    private static Element lastShape(Element marker) {
        NodeList children = marker.getChildNodes();
        return (Element) children.item(children.getLength() - 1);
    }

    private static int count(Document svg, String xpath) {
        try {
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET))
                    .getLength();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Document svg, String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, svg);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
