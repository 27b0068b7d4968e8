package org.parley.comparison.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** An inserted run of words; its text is set as text, never as HTML. */
@Tag("ins")
class Ins extends HtmlContainer {

    Ins(String text) {
        setText(text);
    }
}
