package org.parley.statistics.ui;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BarChartTest {

    @Test
    void labels_are_escaped_and_the_chart_is_well_formed_xml() throws Exception {
        String svg = new BarChart("Who <spoke> & \"why\"").series("Comments", "var(--c, #123)")
                .bar("<script>alert('x')</script> & \"Co\"", 3).toSvg();

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                + " &quot;Co&quot;").contains("<title>Who &lt;spoke&gt; &amp; &quot;why&quot;</title>");
        Document parsed = parse(svg);
        assertThat(parsed.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(parsed.getDocumentElement().getAttribute("aria-label")).isEqualTo("Who <spoke> & \"why\"");
        assertThat(texts(parsed, "bar-label")).containsExactly("<script>alert('x')</script> & \"Co\"");
    }

    @Test
    void bar_widths_are_proportional_to_the_totals_and_numbers_are_shown() throws Exception {
        Document parsed = parse(new BarChart("t").series("a", "red").series("b", "blue")
                .bar("ten", 6, 4).bar("five", 5, 0).bar("none", 0, 0).toSvg());

        List<Double> widths = new ArrayList<>();
        NodeList rects = parsed.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getParentNode() instanceof Element g && "bar".equals(g.getAttribute("class"))) {
                widths.add(Double.parseDouble(rect.getAttribute("width")));
            }
        }
        assertThat(widths).hasSize(3);
        assertThat(widths.get(0) + widths.get(1)).isEqualTo(BarChart.BAR_AREA, Offset.offset(0.01));
        assertThat(widths.get(0) / widths.get(1)).isEqualTo(1.5, Offset.offset(0.01));
        assertThat(widths.get(2)).isEqualTo(BarChart.BAR_AREA / 2.0, Offset.offset(0.01));
        assertThat(texts(parsed, "bar-value")).containsExactly("10", "5", "0");
        assertThat(parsed.getElementsByTagName("g").getLength()).as("three bars and a legend of two").isEqualTo(5);
    }

    @Test
    void a_right_to_left_label_is_laid_out_right_to_left_and_still_ends_at_the_bars() throws Exception {
        Document parsed = parse(new BarChart("t").series("a", "red")
                .bar("المدن المتحدة والحكومات المحلية", 2).bar("Cités et gouvernements locaux unis", 1).toSvg());

        NodeList texts = parsed.getElementsByTagName("text");
        Element arabic = (Element) texts.item(0);
        Element french = (Element) texts.item(2);
        assertThat(arabic.getAttribute("direction")).isEqualTo("rtl");
        assertThat(arabic.getAttribute("text-anchor")).isEqualTo("start");
        assertThat(french.getAttribute("direction")).isEmpty();
        assertThat(french.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(arabic.getAttribute("x")).isEqualTo(french.getAttribute("x"));
        assertThat(BarChart.isRightToLeft("1. مقدمة")).as("digits are neutral").isTrue();
        assertThat(BarChart.isRightToLeft("UCLG Africa")).isFalse();
    }

    @Test
    void long_labels_are_shortened_and_kept_whole_in_the_bar_title() throws Exception {
        String name = "United Cities and Local Governments of Africa, regional section of UCLG";
        Document parsed = parse(new BarChart("t").series("a", "red").bar(name, 1).toSvg());

        assertThat(texts(parsed, "bar-label").get(0)).hasSize(BarChart.MAX_LABEL).endsWith("…");
        assertThat(parsed.getElementsByTagName("title").item(1).getTextContent()).isEqualTo(name + ": 1");
    }

    @Test
    void a_bar_needs_one_value_per_series() {
        assertThatThrownBy(() -> new BarChart("t").series("a", "red").bar("x", 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document parsed, String className) {
        List<String> found = new ArrayList<>();
        NodeList texts = parsed.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (className.equals(text.getAttribute("class"))) {
                found.add(text.getTextContent());
            }
        }
        return found;
    }
}
