package org.parley.search.ui;

import java.util.Locale;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jsoup.Jsoup;
import org.parley.base.ui.BidiText;
import org.jsoup.safety.Safelist;
import org.parley.search.HitType;
import org.parley.search.SearchFacet;
import org.parley.search.SearchHit;

/**
 * One result: where it is (a link to the paragraph in the reading view) and the highlighted snippet. The
 * snippet's text is escaped by the highlighter; it is cleaned again here so that only {@code <mark>} survives.
 */
class SearchHitCard extends Div {

    SearchHitCard(SearchHit hit, FacetPanel.Labels labels) {
        addClassName("search-hit");
        Anchor location = new Anchor(hit.readingPath(), getTranslation("search.hit.location", hit.documentTitle(),
                hit.versionNumber(), hit.paragraphNumber() == null ? "" : hit.paragraphNumber()));
        // a full load lets the reading view scroll to the fragment
        location.getElement().setAttribute("router-ignore", true);
        location.getElement().setAttribute("dir", "auto");
        location.addClassName("search-hit-location");
        Span type = new Span(labels.label(SearchFacet.TYPE, hit.type().name().toLowerCase(), null));
        type.addClassName("search-hit-type");
        Div head = new Div(type, location);
        head.addClassName("search-hit-head");
        if (hit.type() == HitType.COMMENT && hit.organisation() != null) {
            Span organisation = new Span(hit.organisation());
            organisation.addClassName("search-hit-organisation");
            head.add(organisation);
        }
        if (hit.translation()) {
            Span translation = new Span(getTranslation(hit.outdated() ? "search.hit.translation-outdated"
                    : "search.hit.translation", hit.language().toUpperCase(Locale.ROOT)));
            translation.addClassName("search-hit-translation");
            head.add(translation);
        }
        Div snippet = new Div();
        snippet.addClassName("search-hit-snippet");
        String language = hit.language() == null || "und".equals(hit.language()) ? null : hit.language();
        if (language != null) {
            snippet.getElement().setAttribute("lang", language);
        }
        // the snippet in the direction of its language, quotations in the other direction isolated within it
        String safe = safe(hit.snippetHtml());
        boolean rightToLeft = BidiText.rightToLeft(Jsoup.parse(safe).text(), language);
        snippet.getElement().setAttribute("dir", rightToLeft ? "rtl" : "ltr");
        snippet.getElement().setProperty("innerHTML", BidiText.isolateHtml(safe, rightToLeft));
        add(head, snippet);
        if (!hit.otherVersions().isEmpty()) {
            add(otherVersions(hit));
        }
        if (hit.sectionHeading() != null) {
            Span section = new Span(hit.sectionHeading());
            section.addClassName("search-hit-section");
            section.getElement().setAttribute("dir", "auto");
            head.add(section);
        }
    }

    /** "Also in versions 1, 2", each a link to the same paragraph in that version. */
    private Div otherVersions(SearchHit hit) {
        Div line = new Div(new Span(getTranslation("search.hit.other-versions") + " "));
        line.addClassName("search-hit-versions");
        for (int i = 0; i < hit.otherVersions().size(); i++) {
            SearchHit.OtherVersion other = hit.otherVersions().get(i);
            int version = other.versionNumber();
            Anchor link = new Anchor(hit.readingPath(other), Integer.toString(version));
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("aria-label", getTranslation("search.hit.version-link", version));
            if (i > 0) {
                line.add(new Span(", "));
            }
            line.add(link);
        }
        return line;
    }

    static String safe(String snippetHtml) {
        return snippetHtml == null ? "" : Jsoup.clean(snippetHtml, Safelist.none().addTags("mark"));
    }
}
