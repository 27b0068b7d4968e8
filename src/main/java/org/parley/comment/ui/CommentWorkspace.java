package org.parley.comment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.parley.document.VersionStatus;
import com.vaadin.flow.component.Component;
import org.parley.base.ui.ReadingViewExtension;
import org.parley.comment.Comment;
import org.parley.comment.CommentFilter;
import org.parley.comment.CommentKind;
import org.parley.comment.KindCounts;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comments side of one reading view: the margin counts of the rows on screen, the thread panel and the
 * document filter. Re-reads through the services when a comment of this version changes anywhere.
 */
class CommentWorkspace implements ReadingViewExtension.Contribution {

    private final CommentServices services;
    private final DocumentVersion version;
    private final Viewer viewer;
    private ReadingViewExtension.Margins rows;
    /** What each margin on screen shows, so that only changed ones are drawn again. */
    private final Map<Long, MarginCounts.Shown> drawn = new HashMap<>();
    /** The margin {@link #showMargins} is having drawn again, computed there once. */
    private Redrawing redrawing;
    private final Div side = new Div();
    // both built when first needed: most readers never open a thread or filter, and every open UI would carry them
    private ThreadPanel panel;
    private MatchingComments matching;
    private Registration broadcast;
    private CommentFilter documentFilter = CommentFilter.ALL;
    private Map<Long, KindCounts> counts;
    private final Map<Long, Integer> carried;

    CommentWorkspace(CommentServices services, long versionId) {
        this.services = services;
        this.version = services.documents().version(versionId);
        this.viewer = services.viewer(versionId);
        this.counts = services.queries().counts(versionId);
        this.carried = version.basedOnVersionId() == null ? Map.of() : services.carried().counts(versionId);
        side.addClassName("comment-side");
        // the margins follow changes made elsewhere whether or not a thread is open
        side.addAttachListener(attach -> {
            stopListening();
            broadcast = services.broadcaster().register(attach.getUI(), version.id(), this::changedElsewhere);
        });
        side.addDetachListener(detach -> stopListening());
    }

    private void stopListening() {
        if (broadcast != null) {
            broadcast.remove();
            broadcast = null;
        }
    }

    private long openParagraphId() {
        return panel == null ? -1 : panel.paragraphId();
    }

    private ThreadPanel threadPanel() {
        if (panel == null) {
            panel = new ThreadPanel(services, version, viewer, this::changedHere, this::closed);
            side.add(panel);
        }
        return panel;
    }

    /** The thread was closed: its components go, and the next opening builds them afresh. */
    private void closed() {
        side.remove(panel);
        panel = null;
        showMargins();
    }

    private MatchingComments matching() {
        if (matching == null) {
            matching = new MatchingComments(id -> services.documents().paragraph(id).paragraph(),
                    this::openParagraphId);
            side.addComponentAsFirst(matching);
        }
        return matching;
    }

    @Override
    public List<Component> header() {
        List<Component> header = new ArrayList<>();
        if (viewer.mayComment()) { // others would only be told, once the thread opens, that they cannot
            header.add(new QuotePassage(this::openToWrite));
        }
        RoundNotice.of(version, viewer).ifPresent(header::add);
        header.add(new DocumentFilter(services, viewer, this::filterDocument));
        if (version.basedOnVersionId() != null) {
            Optional.ofNullable(RemovedTextDialog.opener(services, version.id(),
                    version.documentId())).ifPresent(header::add);
        }
        if (viewer.isModerator() && version.status() != VersionStatus.PUBLISHED) {
            Button settings = new Button(
                    getTranslationOf("round.settings.open"),
                    click -> new RoundSettingsDialog(services, version, () -> { }).open());
            settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            settings.setId("round-settings-open");
            header.add(settings);
        }
        return header;
    }

    private static String getTranslationOf(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    @Override
    public void drawMarginsIn(ReadingViewExtension.Margins margins) {
        rows = margins;
    }

    @Override
    public String margin(long paragraphId, String anchor) {
        MarginCounts.Shown shown = redrawing != null && redrawing.paragraphId() == paragraphId
                ? redrawing.shown() : shown(paragraphId);
        drawn.put(paragraphId, shown);
        return MarginCounts.html(anchor, shown, UI.getCurrent());
    }

    private MarginCounts.Shown shown(long paragraphId) {
        return new MarginCounts.Shown(counts.getOrDefault(paragraphId, KindCounts.empty()),
                carried.getOrDefault(paragraphId, 0), documentFilter != CommentFilter.ALL,
                openParagraphId() == paragraphId, UI.getCurrent().getLocale());
    }

    @Override
    public void marginClicked(long paragraphId) {
        open(paragraphId);
    }

    @Override
    public Component panel() {
        return side;
    }

    @Override
    public void open(String anchor) {
        paragraphOf(anchor).ifPresent(id -> open(id, false));
    }

    /** The reader selected a passage and asked to comment on it: the form gets the passage and the focus. */
    private void openToWrite(String anchor) {
        paragraphOf(anchor).ifPresent(id -> open(id, true));
    }

    private Optional<Long> paragraphOf(String anchor) {
        return services.documents().ordinalOfAnchor(version, anchor)
                .map(ordinal -> services.documents().paragraphs(version, ordinal - 1, 1))
                .filter(found -> !found.isEmpty())
                .map(found -> found.get(0))
                .map(Paragraph::id);
    }

    void open(long paragraphId) {
        open(paragraphId, false);
    }

    private void open(long paragraphId, boolean toWrite) {
        threadPanel().show(paragraphId, toWrite);
        showMargins();
    }

    /** Another reader (or this one, in another tab) changed a comment of this version. */
    private void changedElsewhere(CommentBroadcaster.Change change) {
        if (documentFilter == CommentFilter.ALL) {
            counts = services.sharedReads().counts(change, () -> services.queries().counts(version.id()));
            showMargins();
        } else {
            refreshCounts();
        }
        if (change.what().paragraphId() == openParagraphId()) {
            panel.reloadAfterChangeElsewhere(change);
        }
    }

    /** This reader acted in the panel: show it at once rather than waiting for the broadcast. */
    private void changedHere() {
        refreshCounts();
    }

    private void filterDocument(CommentFilter filter) {
        documentFilter = filter;
        refreshCounts();
    }

    private void refreshCounts() {
        List<Comment> matchingComments = documentFilter == CommentFilter.ALL ? List.of()
                : services.queries().comments(version.id(), documentFilter);
        counts = documentFilter == CommentFilter.ALL ? services.queries().counts(version.id())
                : countsOf(matchingComments);
        if (matching != null || documentFilter != CommentFilter.ALL) {
            matching().show(documentFilter, matchingComments);
        }
        showMargins();
    }

    /** Draws again the margins on screen whose counts, filter match or open state changed. */
    private void showMargins() {
        if (rows == null) {
            return;
        }
        Set<Long> onScreen = rows.shown();
        drawn.keySet().retainAll(onScreen);
        for (long id : onScreen) {
            MarginCounts.Shown now = shown(id);
            if (!now.equals(drawn.get(id))) {
                redrawing = new Redrawing(id, now);
                try {
                    rows.redraw(id); // asks margin() for the row's HTML
                } finally {
                    redrawing = null;
                }
            }
        }
    }

    private record Redrawing(long paragraphId, MarginCounts.Shown shown) {
    }

    /** Under a filter: every matching top-level comment the reader can see, drafts included. */
    private static Map<Long, KindCounts> countsOf(List<Comment> matching) {
        Map<Long, Map<CommentKind, Integer>> byParagraph = new HashMap<>();
        for (Comment comment : matching) {
            if (!comment.isReply()) {
                byParagraph.computeIfAbsent(comment.paragraphId(), k -> new EnumMap<>(CommentKind.class))
                        .merge(comment.kind(), 1, Integer::sum);
            }
        }
        Map<Long, KindCounts> counts = new HashMap<>();
        byParagraph.forEach((id, kinds) -> counts.put(id, new KindCounts(kinds)));
        return counts;
    }
}
