package org.parley.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.parley.document.VersionStatus;
import org.parley.security.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parley.base.ui.MainLayout;
import org.parley.base.ui.ReadingViewExtension;
import org.parley.base.ui.VersionDownloads;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.document.DocumentVersion;
import org.parley.document.Section;
import org.parley.document.VersionLanguages;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Clock;

/**
 * One version of a document: banner, version switcher, contents and the numbered paragraphs, rendered lazily
 * so that a 1,700-paragraph code opens as fast as a short note. {@code …/v/2#p-12} scrolls to paragraph 12.
 */
@Route(value = "documents/:slug/v/:version", layout = MainLayout.class)
@RouteAlias(value = "documents/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class DocumentReadingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final ObjectProvider<ReadingViewExtension> extension;
    private final ObjectProvider<VersionDownloads> downloads;
    private final Clock clock;
    private final VersionLanguages translations;
    private String requestedLanguage;
    private String requestedBeside;
    private ReadingViewExtension.Contribution contribution = ReadingViewExtension.Contribution.NONE;
    private DocumentSummary summary;
    private DocumentVersion version;
    private ParagraphList paragraphs;
    private TableOfContents contents;
    private String shownState;

    public DocumentReadingView(DocumentService documents, ObjectProvider<ReadingViewExtension> extension,
                               Clock clock, CurrentUser currentUser,
                               VersionLanguages translations, ObjectProvider<VersionDownloads> downloads) {
        this.documents = documents;
        this.translations = translations;
        this.downloads = downloads;
        this.currentUser = currentUser;
        this.extension = extension;
        this.clock = clock;
        addClassName("reading-view");
    }

    public static RouteParameters parameters(String slug, int versionNumber) {
        return new RouteParameters(Map.of("slug", slug, "version", String.valueOf(versionNumber)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(DocumentNotFoundException::new);
        summary = documents.document(slug);
        var requested = event.getRouteParameters().getInteger("version");
        if (requested.isEmpty()) {
            event.forwardTo(DocumentReadingView.class, parameters(slug, summary.latest().number()));
            return;
        }
        version = summary.versions().stream().filter(v -> v.number() == requested.get())
                .findFirst().orElseThrow(DocumentNotFoundException::new);
        var query = event.getLocation().getQueryParameters().getParameters();
        String shownBefore = shownState;
        requestedLanguage = query.getOrDefault("lang", List.of()).stream().findFirst().orElse(null);
        requestedBeside = query.getOrDefault("beside", List.of()).stream().findFirst().orElse(null);
        shownState = version.id() + "|" + requestedLanguage + "|" + requestedBeside;
        // the browser's back/forward and an edited #… in the address come here too: the text on screen stays, and
        // the hash listener scrolls it; a new version or language is drawn afresh, then goes to the hash
        if (!shownState.equals(shownBefore) || paragraphs == null) {
            render();
            if (isAttached()) {
                showAnchorOfAddress();
            }
        }
    }

    private void render() {
        removeAll();
        H1 title = new H1(summary.document().title());
        title.getElement().setAttribute("dir", "auto");
        title.addClassName("document-heading");
        List<ReadingViewExtension.Contribution> parts = extension.orderedStream()
                .map(added -> added.contribute(version.id())).toList();
        contribution = parts.isEmpty() ? ReadingViewExtension.Contribution.NONE
                : ReadingViewExtension.Contribution.combined(parts);
        Optional<DocumentVersion> newer = summary.versions().stream()
                .filter(v -> v.status() != VersionStatus.DRAFT && v.number() > version.number())
                .reduce((older, newest) -> newest);
        // one compact line that stays on screen: title, version and its status once; the rest scrolls away
        Div header = new Div(title, versionSwitcher(),
                new VersionBanner(version, clock, summary.document().slug(), newer));
        Div tools = new Div();
        tools.addClassName("reading-tools");
        contribution.header().forEach(tools::add);
        if (version.number() > 1) {
            Anchor compare = new Anchor(
                    "documents/" + summary.document().slug() + "/compare/" + (version.number() - 1) + "/"
                            + version.number(), getTranslation("reading.compare-previous", version.number() - 1));
            compare.setId("compare-link");
            tools.add(compare);
        }
        Integer previous = summary.versions().stream().map(DocumentVersion::number)
                .filter(n -> n < version.number()).reduce((a, b) -> b).orElse(null);
        List<String> languages = translations.languages(version);
        String shown = languages.contains(requestedLanguage) ? requestedLanguage : version.language();
        downloads.ifAvailable(d -> tools.add(d.menu(summary.document().slug(), version.number(), previous, shown)));
        if (currentUser.canEdit() && version.status() != VersionStatus.DRAFT) {
            // by address: the workbench belongs to the revision feature, which this view does not know
            Anchor workbench = new Anchor(
                    "documents/" + summary.document().slug() + "/workbench/" + version.number(),
                    getTranslation("workbench.link"));
            workbench.setId("workbench-link");
            tools.add(workbench);
        }
        tools.add(new Anchor( // by address: statistics is another feature
                "documents/" + summary.document().slug() + "/statistics", getTranslation("statistics.link")));
        if (hadRound()) { // by address, like the workbench
            Anchor matrix = new Anchor(
                    "documents/" + summary.document().slug() + "/resolution/" + version.number(),
                    getTranslation("resolution.link"));
            matrix.setId("resolution-link");
            tools.add(matrix);
        }
        header.addClassName("reading-header");
        TextLanguages texts = textLanguages(tools, languages, shown);
        List<Section> sections = texts.sections(documents.sections(version));
        paragraphs = new ParagraphList(documents, version, sections, contribution, texts);
        contents = new TableOfContents(sections, paragraphs::scrollToOrdinal);
        // the track is as tall as the whole text, so that the page scrolls it; the list inside stays in view
        Div track = new Div(paragraphs);
        track.addClassName("paragraph-track");
        Div body = new Div(contents, track);
        if (contribution.panel() != null) {
            body.add(contribution.panel());
        }
        body.addClassName("reading-body");
        add(header, tools, body);
    }

    /** The language(s) asked for in the address ({@code ?lang=fr&beside=en}), when the version has them. */
    private TextLanguages textLanguages(Div tools, List<String> languages, String shown) {
        String beside = languages.contains(requestedBeside) && !shown.equals(requestedBeside) ? requestedBeside : null;
        String translate = currentUser.canEdit() ? "documents/" + summary.document().slug() + "/v/" + version.number()
                + "/translate/" + translationTarget(languages, shown, beside) : null;
        tools.add(new LanguageBar(languages, shown, beside, translate, this::showLanguages));
        if (shown.equals(version.language()) && beside == null) {
            return TextLanguages.source(shown);
        }
        return new TextLanguages(translations.text(version, shown),
                beside == null ? null : translations.text(version, beside));
    }

    /** The language an editor most likely wants to work on: the one read, else one already begun. */
    private String translationTarget(List<String> languages, String shown, String beside) {
        if (!shown.equals(version.language())) {
            return shown;
        }
        if (beside != null) {
            return beside;
        }
        return languages.size() > 1 ? languages.get(1) : translations.targetLanguages(version).get(0);
    }

    private void showLanguages(String shown, String beside) {
        Map<String, List<String>> query = new HashMap<>();
        if (!shown.equals(version.language())) {
            query.put("lang", List.of(shown));
        }
        if (beside != null) {
            query.put("beside", List.of(beside));
        }
        getUI().ifPresent(ui -> ui.navigate("documents/" + summary.document().slug() + "/v/" + version.number(),
                new QueryParameters(query)));
    }

    /** A version had a consultation round if it was opened for comments or a later draft answers it. */
    private boolean hadRound() {
        return version.status() == VersionStatus.OPEN_FOR_COMMENTS
                || version.status() == VersionStatus.CLOSED
                || version.consultationOpensAt() != null
                || summary.versionAnswering(version).isPresent();
    }

    private Select<DocumentVersion> versionSwitcher() {
        Select<DocumentVersion> switcher = new Select<>();
        switcher.setId("version-switcher");
        switcher.setAriaLabel(getTranslation("version.switcher"));
        switcher.setItems(summary.versions());
        switcher.setItemLabelGenerator(v -> getTranslation("version.label", v.number())
                + (v.label() == null ? "" : " · " + v.label()));
        switcher.setValue(version);
        // wide enough for the longest label (the field would cut it); CSS caps it at the width of the screen
        int longest = summary.versions().stream().mapToInt(v -> switcher.getItemLabelGenerator().apply(v).length())
                .max().orElse(10);
        switcher.getStyle().set("width", "calc(" + longest + "ch + 3rem)");
        switcher.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(DocumentReadingView.class,
                        parameters(summary.document().slug(), event.getValue().number())));
            }
        });
        return switcher;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (version == null) {
            return;
        }
        var page = attachEvent.getUI().getPage();
        // on a phone the contents start folded, so the text gets the screen
        page.retrieveExtendedClientDetails(details -> contents.setOpened(details.getWindowInnerWidth() > 800));
        showAnchorOfAddress();
        // the paragraph numbers are plain #p-… links: follow them (and back/forward) without a page load
        // one listener per window, replaced on each visit, so that listeners do not pile up
        getElement().executeJs("const view = this;"
                + "if (window.parleyHashListener) window.removeEventListener('hashchange', window.parleyHashListener);"
                + "window.parleyHashListener = () => { if (view.isConnected) "
                + "view.$server.showAnchor(decodeURIComponent(location.hash.substring(1))); };"
                + "window.addEventListener('hashchange', window.parleyHashListener);"
                // the page has a <base href>: an in-page "#p-12" would resolve against it and leave the page
                + "if (!view.parleyInPageLinks) { view.parleyInPageLinks = true;"
                + " view.addEventListener('click', e => { const a = e.target.closest && e.target.closest('a[href^=\"#\"]');"
                + "  if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; e.preventDefault();"
                + "  if (location.hash === a.getAttribute('href')) window.parleyHashListener();"
                + "  else location.hash = a.getAttribute('href'); }); }");
    }

    private void showAnchorOfAddress() {
        getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> {
            if (url.getRef() != null) {
                showAnchor(URLDecoder.decode(url.getRef(), StandardCharsets.UTF_8));
            }
        }));
    }

    /** {@code p-12} scrolls to paragraph 12; {@code p-12/comments} also opens what an extension shows for it. */
    @ClientCallable
    void showAnchor(String anchor) {
        if (paragraphs != null && anchor != null && anchor.startsWith("p-")) {
            int slash = anchor.indexOf('/');
            String paragraph = slash < 0 ? anchor : anchor.substring(0, slash);
            // the thread first: it narrows the text, and the paragraph is then sought in the text as it will stand
            if (slash >= 0) {
                contribution.open(paragraph);
            }
            paragraphs.showAnchor(paragraph);
        }
    }

    @Override
    public String getPageTitle() {
        if (summary == null || version == null) {
            return getTranslation("app.name");
        }
        return summary.document().title() + " · " + getTranslation("version.label", version.number());
    }
}
