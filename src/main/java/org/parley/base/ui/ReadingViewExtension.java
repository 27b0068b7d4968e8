package org.parley.base.ui;

import com.vaadin.flow.component.Component;

import java.util.List;
import java.util.Objects;

/**
 * Lets another feature add to a document's reading view without the document feature knowing it (the comment
 * feature adds margin counts, a side panel and filters; Word feedback an import action). Spring beans; the view
 * asks each once per version shown and {@link Contribution#combined combines} what they give.
 */
public interface ReadingViewExtension {

    Contribution contribute(long versionId);

    /** What one reading view shows for the extension. */
    interface Contribution {

        /** Shown under the version banner; none unless given. */
        default List<Component> header() {
            return List.of();
        }

        /**
         * Shown in the margin of one paragraph row (rows are created and dropped as the reader scrolls); none
         * unless given.
         */
        default Component margin(long paragraphId, String anchor) {
            return null;
        }

        /** Shown beside the text (on a phone, over it); none unless given. */
        default Component panel() {
            return null;
        }

        /** A deep link {@code #p-12/…} asked for this paragraph's part of the extension; nothing unless given. */
        default void open(String anchor) {
        }

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
                            .filter(Objects::nonNull).findFirst().orElse(null);
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
