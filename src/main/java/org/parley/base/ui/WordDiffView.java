package org.parley.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.parley.base.WordDiff;

/** A word-level diff as {@code <ins>}/{@code <del>} elements holding text (never HTML): amendments, revisions. */
public class WordDiffView extends Div {

    public WordDiffView(String before, String after) {
        addClassName("amendment-diff");
        getElement().setAttribute("dir", "auto");
        show(before, after);
    }

    public void show(String before, String after) {
        getElement().removeAllChildren();
        for (WordDiff.Segment segment : WordDiff.between(before, after == null ? "" : after)) {
            getElement().appendChild(switch (segment.change()) {
                case SAME -> Element.createText(segment.text());
                case INSERTED -> new Element("ins").setText(segment.text());
                case DELETED -> new Element("del").setText(segment.text());
            });
        }
    }
}
