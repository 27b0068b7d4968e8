package org.parley.document.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.parley.base.MarkupText;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The numbered paragraphs of a version, fetched page by page as the reader scrolls (only the visible rows
 * exist in the browser). Section headings are drawn above the first paragraph of their section.
 */
class ParagraphList extends VirtualList<Paragraph> {

    private final DocumentService documents;
    private final DocumentVersion version;
    private final Map<Integer, List<Section>> headingsBeforeOrdinal;
    private final int topLevel;
    private final Margin margin;
    private final TextLanguages texts;
    private String targetAnchor;

    /** What goes in a paragraph's margin (null for nothing). */
    interface Margin {
        Component of(long paragraphId, String anchor);
    }

    ParagraphList(DocumentService documents, DocumentVersion version, List<Section> sections, Margin margin,
                  TextLanguages texts) {
        this.documents = documents;
        this.margin = margin;
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
        if (text != null) {
            // number and text as one piece of HTML in a box that lays out as if absent (display: contents): every
            // open UI keeps the rows on screen, and these were three nodes a row; the same rows of the same paper
            // give the same string, shared by all UIs
            Div numberAndText = new Div();
            numberAndText.addClassName("paragraph-body");
            numberAndText.getElement().setProperty("innerHTML", ("<a href=\"#" + MarkupText.escape(paragraph.anchor())
                    + "\" class=\"paragraph-number\" router-ignore aria-label=\"" + MarkupText.escape(label) + "\">"
                    + MarkupText.escape(paragraph.number()) + "</a>" + text).intern());
            article.add(numberAndText);
        } else {
            Anchor number = new Anchor("#" + paragraph.anchor(), paragraph.number());
            number.addClassName("paragraph-number");
            number.getElement().setAttribute("router-ignore", true);
            number.getElement().setAttribute("aria-label", label);
            article.add(number, texts.text(paragraph, this));
        }
        Component inMargin = margin.of(paragraph.id(), paragraph.anchor());
        if (inMargin != null) {
            article.add(inMargin);
        }
        return article;
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
