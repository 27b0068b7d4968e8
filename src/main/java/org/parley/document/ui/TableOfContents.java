package org.parley.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.parley.document.Section;

import java.util.List;
import java.util.function.IntConsumer;

/** The headings of a version; a click scrolls the text to the section. Virtual, since codes have hundreds. */
class TableOfContents extends Details {

    TableOfContents(List<Section> sections, IntConsumer scrollToOrdinal) {
        super(getTranslationStatic("reading.contents"));
        addClassName("table-of-contents");
        setId("table-of-contents");
        setOpened(true);
        VirtualList<Section> list = new VirtualList<>();
        list.addClassName("toc-list");
        list.setItems(sections);
        int topLevel = topLevel(sections);
        list.setRenderer(new ComponentRenderer<>(section -> entry(section, topLevel, scrollToOrdinal)));
        add(list);
        setVisible(!sections.isEmpty());
    }

    /** Markdown papers put their title in "#" and sections in "##"; Word ones use Title and Heading 1. */
    static int topLevel(List<Section> sections) {
        return sections.stream().mapToInt(Section::level).min().orElse(1);
    }

    private static Span entry(Section section, int topLevel, IntConsumer scrollToOrdinal) {
        Span entry = new Span(section.title());
        entry.addClassNames("toc-entry", "toc-level-" + Math.min(section.level() - topLevel + 1, 4));
        entry.getElement().setAttribute("dir", "auto");
        entry.getElement().setAttribute("role", "link");
        entry.getElement().setAttribute("tabindex", "0");
        entry.addClickListener(click -> scrollToOrdinal.accept(section.firstParagraphOrdinal()));
        return entry;
    }

    private static String getTranslationStatic(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
