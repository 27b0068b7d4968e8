package org.parley.base.ui;

import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * Lets another feature add to a document's reading view without the document feature knowing it (the comment
 * feature adds margin counts, a side panel and filters; Word feedback an import action). Spring beans; the view
 * asks each once per version shown and {@link Contribution#combined combines} what they give.
 */
public interface ReadingViewExtension {

    Contribution contribute(long versionId);

    /** What one reading view shows for the extension. */
    interface Contribution {

        /** Shown under the version banner. */
        List<Component> header();

        /** Shown in the margin of one paragraph row (rows are created and dropped as the reader scrolls). */
        Component margin(long paragraphId, String anchor);

        /** Shown beside the text (on a phone, over it). */
        Component panel();

        /** A deep link {@code #p-12/…} asked for this paragraph's part of the extension. */
        void open(String anchor);

        /** Every header of the parts in order; the first margin and panel given; every part opens its anchor. */
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
                public Component margin(long paragraphId, String anchor) {
                    return parts.stream().map(part -> part.margin(paragraphId, anchor))
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                }

                @Override
                public Component panel() {
                    return parts.stream().map(Contribution::panel)
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                }

                @Override
                public void open(String anchor) {
                    parts.forEach(part -> part.open(anchor));
                }
            };
        }

        Contribution NONE = new Contribution() {
            @Override
            public List<Component> header() {
                return List.of();
            }

            @Override
            public Component margin(long paragraphId, String anchor) {
                return null;
            }

            @Override
            public Component panel() {
                return null;
            }

            @Override
            public void open(String anchor) {
            }
        };
    }
}
