package org.parley.document.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import elemental.json.JsonString;
import org.parley.base.MarkupText;
import org.parley.base.ui.ReadingViewExtension;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The numbered paragraphs of a version, fetched page by page as the reader scrolls (only the visible rows
 * exist in the browser). Section headings are drawn above the first paragraph of their section.
 */
class ParagraphList extends VirtualList<Paragraph> implements ReadingViewExtension.Margins {

    /** In the browser, for a click in the list: did it land in a margin's marked element, and in which paragraph. */
    static final String MARGIN_CLICKED = "!!event.target.closest('[" + ReadingViewExtension.MARGIN_ATTRIBUTE + "]')";
    static final String CLICKED_PARAGRAPH = "(event.target.closest('.paragraph') || {}).id || ''";
    private static final String REPLACE_MARGIN = "const old = this.querySelector('["
            + ReadingViewExtension.MARGIN_ATTRIBUTE + "]'); if (!old) return;"
            + "const t = document.createElement('template'); t.innerHTML = $0;"
            + "const next = t.content.firstElementChild; const focused = document.activeElement === old;"
            + "old.replaceWith(next); if (focused) next.focus();";

    private final DocumentService documents;
    private final DocumentVersion version;
    private final Map<Integer, List<Section>> headingsBeforeOrdinal;
    private final int topLevel;
    private final ReadingViewExtension.Contribution extension;
    private final TextLanguages texts;
    private String targetAnchor;
    private final Map<Long, Row> onScreen = new HashMap<>();

    /** A paragraph's row as drawn; {@code body} is its number and text as HTML, null when they are components. */
    private record Row(Paragraph paragraph, Div article, String body) {
    }

    ParagraphList(DocumentService documents, DocumentVersion version, List<Section> sections,
                  ReadingViewExtension.Contribution extension, TextLanguages texts) {
        this.documents = documents;
        this.extension = extension;
        this.texts = texts;
        this.version = version;
        this.headingsBeforeOrdinal = sections.stream().collect(Collectors.groupingBy(Section::firstParagraphOrdinal));
        this.topLevel = TableOfContents.topLevel(sections);
        addClassName("paragraph-list");
        setId("paragraphs");
        setRenderer(new ComponentRenderer<>(this::row));
        setDataProvider(DataProvider.fromCallbacks(
                query -> documents.paragraphs(version, query.getOffset(), query.getLimit()).stream()
                        .map(ParagraphList::sharedText),
                query -> version.paragraphCount()));
        // one listener for every margin, rather than one per row on screen
        getElement().addEventListener("click", click -> marginClicked(
                        click.getEventData().get(CLICKED_PARAGRAPH) instanceof JsonString anchor ? anchor.asString() : ""))
                .setFilter(MARGIN_CLICKED).addEventData(CLICKED_PARAGRAPH);
        extension.drawMarginsIn(this);
    }

    private void marginClicked(String anchor) {
        onScreen.values().stream().filter(row -> row.paragraph().anchor().equals(anchor)).findFirst()
                .ifPresent(row -> extension.marginClicked(row.paragraph().id()));
    }

    @Override
    public Set<Long> shown() {
        return Set.copyOf(onScreen.keySet());
    }

    @Override
    public void redraw(long paragraphId) {
        Row row = onScreen.get(paragraphId);
        if (row != null) {
            drawMargin(row);
        }
    }

    /**
     * The page's scroll moves the text: the track around the list is as tall as the list's content, the list
     * stays in view under the sticky header, and each scroll is passed on to the other (the list's own scrolls
     * too: the wheel over it, {@link #scrollToIndex} from the server).
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                const list = this;
                if (list.parleyPageScroll) return;
                list.parleyPageScroll = true;
                const view = list.closest('.reading-view'), track = list.parentElement;
                const header = view && view.querySelector('.reading-header');
                const layout = list.closest('vaadin-app-layout');
                const scroller = (layout && layout.shadowRoot.querySelector('[content]')) || document.scrollingElement;
                if (!view || !header || !track) return;
                const top = () => scroller.scrollTop + track.getBoundingClientRect().top
                    - (scroller === document.scrollingElement ? 0 : scroller.getBoundingClientRect().top)
                    - header.offsetHeight;
                const measure = () => {
                  if (!list.isConnected) return;
                  view.style.setProperty('--reading-viewport', scroller.clientHeight + 'px');
                  view.style.setProperty('--reading-header', header.offsetHeight + 'px');
                  track.style.height = list.scrollHeight + 'px';
                };
                const fromPage = () => {
                  if (!list.isConnected) { scroller.removeEventListener('scroll', fromPage); return; }
                  const wanted = Math.max(0, scroller.scrollTop - top());
                  if (Math.abs(list.scrollTop - wanted) > 1) list.scrollTop = wanted;
                };
                list.addEventListener('scroll', () => {
                  measure();
                  const wanted = top() + list.scrollTop;
                  if ((list.scrollTop > 0 || scroller.scrollTop > top()) && Math.abs(scroller.scrollTop - wanted) > 1) {
                    scroller.scrollTop = wanted;
                  }
                });
                scroller.addEventListener('scroll', fromPage, {passive: true});
                const resized = new ResizeObserver(measure);
                resized.observe(header);
                resized.observe(list);
                const items = list.shadowRoot && list.shadowRoot.querySelector('#items');
                if (items) resized.observe(items);
                window.addEventListener('resize', measure);
                measure();
                """);
    }

    /**
     * The same paragraph with its text shared by every open UI showing it (the JVM's string pool, which lets go
     * of a text no UI holds any more): each UI keeps the rows it fetched, and a thousand readers of one paper
     * would otherwise hold a thousand copies of its text.
     */
    private static Paragraph sharedText(Paragraph p) {
        return new Paragraph(p.id(), p.versionId(), p.sectionId(), p.ordinal(), p.number().intern(),
                p.text().intern(), p.lineageId());
    }

    void scrollToOrdinal(int ordinal) {
        if (ordinal >= 1) {
            scrollToIndex(ordinal - 1);
        }
    }

    void showAnchor(String anchor) {
        documents.ordinalOfAnchor(version, anchor).ifPresentOrElse(ordinal -> {
            targetAnchor = anchor;
            getDataProvider().refreshAll();
            scrollToOrdinal(ordinal);
        }, () -> Notification.show(getTranslation("reading.paragraph-not-found", anchor.substring(2))));
    }

    /**
     * A row is its paragraph, with the section headings that start there above it in a wrapper: every open UI keeps
     * the rows on screen, and most rows have no heading, so they get no wrapper (nor an element around the margin).
     */
    private Component row(Paragraph paragraph) {
        List<Section> headings = headingsBeforeOrdinal.getOrDefault(paragraph.ordinal(), List.of());
        Div article = paragraph(paragraph);
        if (headings.isEmpty()) {
            article.addClassName("paragraph-row");
            return article;
        }
        Div row = new Div();
        row.addClassName("paragraph-row");
        headings.forEach(s -> row.add(heading(s)));
        row.add(article);
        return row;
    }

    private Div paragraph(Paragraph paragraph) {
        Div article = new Div();
        article.addClassName("paragraph");
        article.setId(paragraph.anchor());
        if (paragraph.anchor().equals(targetAnchor)) {
            article.addClassName("targeted");
        }
        String label = getTranslation("reading.paragraph-link", paragraph.number());
        String text = texts.sourceHtml(paragraph);
        String body = null;
        if (text != null) {
            // number, text and margin as one piece of HTML: every open UI keeps the rows on screen, and these were
            // five nodes a row
            body = "<a href=\"#" + MarkupText.escape(paragraph.anchor()) + "\" class=\"paragraph-number\" "
                    + "router-ignore aria-label=\"" + MarkupText.escape(label) + "\">"
                    + MarkupText.escape(paragraph.number()) + "</a>" + text;
        } else {
            Anchor number = new Anchor("#" + paragraph.anchor(), paragraph.number());
            number.addClassName("paragraph-number");
            number.getElement().setAttribute("router-ignore", true);
            number.getElement().setAttribute("aria-label", label);
            article.add(number, texts.text(paragraph, this));
        }
        Row row = new Row(paragraph, article, body);
        drawMargin(row);
        onScreen.put(paragraph.id(), row);
        article.addDetachListener(detach -> onScreen.remove(paragraph.id(), row));
        return article;
    }

    /**
     * The same rows of the same paper with the same margins give the same string, shared by all UIs through the
     * JVM's string pool; the number and text alone are too, when the margin is a component.
     */
    private void drawMargin(Row row) {
        String margin = extension.margin(row.paragraph().id(), row.paragraph().anchor());
        if (row.body() != null) {
            String html = (margin == null ? row.body() : row.body() + margin).intern();
            Element article = row.article().getElement();
            String drawn = article.getProperty("innerHTML");
            if (drawn == null || margin == null) {
                article.setProperty("innerHTML", html);
            } else if (!html.equals(drawn)) {
                // only the margin changes in the browser, so that a reader whose keyboard focus is on it keeps it
                // (a new innerHTML would drop the focus); the row's state holds the whole HTML for a redraw
                article.getNode().getFeature(ElementPropertyMap.class).setProperty("innerHTML", html, false);
                article.executeJs(REPLACE_MARGIN, margin);
            }
            return;
        }
        row.article().getChildren().filter(Html.class::isInstance).toList().forEach(row.article()::remove);
        if (margin != null) {
            row.article().add(new Html(margin));
        }
    }

    private Component heading(Section section) {
        // the document title is the page's h1: the shallowest sections are h2, whatever their source level
        Component heading = switch (section.level() - topLevel + 1) {
            case 1 -> new H2(section.title());
            case 2 -> new H3(section.title());
            default -> new H4(section.title());
        };
        heading.getElement().setAttribute("dir", "auto");
        heading.getElement().setAttribute("class", "section-heading");
        heading.setId("s-" + section.ordinal());
        return heading;
    }
}
