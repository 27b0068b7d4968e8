package org.parley.base.ui;

import com.vaadin.flow.component.Component;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lets another feature add to a document's reading view without the document feature knowing it (the comment
 * feature adds margin counts, a side panel and filters; Word feedback an import action). Spring beans; the view
 * asks each once per version shown and {@link Contribution#combined combines} what they give.
 */
public interface ReadingViewExtension {

    /** Marks the element of a margin's HTML that opens what the margin is for (see {@link Contribution#margin}). */
    String MARGIN_ATTRIBUTE = "data-margin";

    Contribution contribute(long versionId);

    /** The paragraph rows of one reading view that are on screen (in the browser's list) now. */
    interface Margins {

        Set<Long> shown();

        /** Asks the extensions for this paragraph's margin again and shows it, if its row is on screen. */
        void redraw(long paragraphId);
    }

    /** What one reading view shows for the extension. */
    interface Contribution {

        /** Shown under the version banner; none unless given. */
        default List<Component> header() {
            return List.of();
        }

        /**
         * The HTML shown in the margin of one paragraph row (rows are created and dropped as the reader scrolls), one
         * element; none unless given. A click on an element in it marked {@value #MARGIN_ATTRIBUTE} (a button, so
         * that the keyboard reaches it) calls {@link #marginClicked}. HTML rather than a component: every open
         * reading UI keeps the rows on screen, and a component per margin was a third of a row's server-side state.
         */
        default String margin(long paragraphId, String anchor) {
            return null;
        }

        /** The reader clicked (or pressed) the marked element of a paragraph's margin. */
        default void marginClicked(long paragraphId) {
        }

        /** Called once, before any margin is asked for: where to have margins drawn again when they change. */
        default void drawMarginsIn(Margins margins) {
        }

        /** Shown beside the text (on a phone, over it); none unless given. */
        default Component panel() {
            return null;
        }

        /** A deep link {@code #p-12/…} asked for this paragraph's part of the extension; nothing unless given. */
        default void open(String anchor) {
        }

        /**
         * Every header of the parts in order; the first margin and panel given; every part opens its anchor, hears
         * margin clicks and may redraw margins.
         */
        static Contribution combined(List<Contribution> parts) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return new Contribution() {
                @Override
                public List<Component> header() {
                    return parts.stream().flatMap(part -> part.header().stream()).toList();
                }

                @Override
                public String margin(long paragraphId, String anchor) {
                    return parts.stream().map(part -> part.margin(paragraphId, anchor))
                            .filter(Objects::nonNull).findFirst().orElse(null);
                }

                @Override
                public void marginClicked(long paragraphId) {
                    parts.forEach(part -> part.marginClicked(paragraphId));
                }

                @Override
                public void drawMarginsIn(Margins margins) {
                    parts.forEach(part -> part.drawMarginsIn(margins));
                }

                @Override
                public Component panel() {
                    return parts.stream().map(Contribution::panel)
                            .filter(Objects::nonNull).findFirst().orElse(null);
                }

                @Override
                public void open(String anchor) {
                    parts.forEach(part -> part.open(anchor));
                }
            };
        }

        Contribution NONE = new Contribution() {
        };
    }
}
