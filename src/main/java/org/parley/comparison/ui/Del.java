package org.parley.comparison.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** A deleted run of words; its text is set as text, never as HTML. */
@Tag("del")
class Del extends HtmlContainer {

    Del(String text) {
        setText(text);
    }
}
