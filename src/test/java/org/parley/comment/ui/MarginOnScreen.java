package org.parley.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.virtuallist.VirtualList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.parley.testsupport.MarginClick;

/**
 * The margin of a paragraph row in the open Karibu UI as the browser gets it (a button in the row's one piece of
 * HTML), and a click on it as the browser reports it (one listener on the list, which asks for the paragraph the
 * click landed in). Rows are rendered afresh: Karibu does not attach virtual list rows.
 */
final class MarginOnScreen {

    private MarginOnScreen() {
    }

    static Element margin(int row) {
        Component rendered = VirtualListsKt._getRowComponent(list(), row);
        Div paragraph = _get(rendered, Div.class, spec -> spec.withClasses("paragraph"));
        Element margin = Jsoup.parseBodyFragment(paragraph.getElement().getProperty("innerHTML"))
                .selectFirst(".comment-margin");
        if (margin == null) {
            throw new AssertionError("no margin in row " + row);
        }
        return margin;
    }

    /** The click the browser sends when the reader clicks (or presses) the margin of this row. */
    static void click(int row) {
        MarginClick.on(_get(VirtualListsKt._getRowComponent(list(), row), Div.class,
                spec -> spec.withClasses("paragraph")).getId().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static VirtualList<Object> list() {
        return _get(VirtualList.class, spec -> spec.withId("paragraphs"));
    }
}
