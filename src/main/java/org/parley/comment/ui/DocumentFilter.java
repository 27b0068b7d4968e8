package org.parley.comment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import org.parley.comment.CommentFilter;

import java.util.function.Consumer;

/** The filter over the whole document: the margins then count (and highlight) only matching comments. */
class DocumentFilter extends Details {

    DocumentFilter(CommentServices services, Viewer viewer, Consumer<CommentFilter> changed) {
        super(getTranslationOf("comment.filter.document"));
        addClassName("document-comment-filter");
        setId("document-comment-filter");
        // built when first opened: most readers never filter, and every open UI would carry it
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && getContent().findAny().isEmpty()) {
                add(new CommentFilterBar(services, viewer, filter -> {
                    setSummaryText(getTranslation(filter.equals(CommentFilter.ALL) ? "comment.filter.document"
                            : "comment.filter.document-active"));
                    changed.accept(filter);
                }));
            }
        });
    }

    private static String getTranslationOf(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
