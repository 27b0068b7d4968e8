package org.parley.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTextTest {

    @Test
    void escapes_the_special_characters_and_keeps_every_other_letter() {
        assertThat(MarkupText.escape("<b class=\"x\">Tom & Jerry's</b> — دور المدن, élan"))
                .isEqualTo("&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt; — دور المدن, élan");
    }

    @Test
    void replaces_the_control_characters_xml_forbids_and_keeps_line_breaks_and_tabs() {
        assertThat(MarkupText.escape("a\u0000b\u0007c\td\ne\rf")).isEqualTo("a b c\td\ne\rf");
    }

    @Test
    void null_is_empty() {
        assertThat(MarkupText.escape(null)).isEmpty();
    }
}
