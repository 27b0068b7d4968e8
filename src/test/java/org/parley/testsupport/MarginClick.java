package org.parley.testsupport;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * A click on a paragraph's margin in the open Karibu UI, as the browser reports it: the reading view's list has one
 * click listener for every margin, which asks the browser whether the click landed in a margin (its filter) and in
 * which paragraph.
 */
public final class MarginClick {

    private MarginClick() {
    }

    public static void on(String anchor) {
        Element list = _get(VirtualList.class, spec -> spec.withId("paragraphs")).getElement();
        ElementListenerMap listeners = list.getNode().getFeature(ElementListenerMap.class);
        JsonObject data = Json.createObject();
        for (String expression : listeners.getExpressions("click")) {
            if (expression.contains("'.paragraph'")) {
                data.put(expression, anchor);
            } else {
                data.put(expression, true);
            }
        }
        listeners.fireEvent(new DomEvent(list, "click", data));
    }
}
