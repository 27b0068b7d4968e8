package org.parley.export.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Download" for the version on screen: PDF, Word, Markdown and, when there is an earlier version, the redline
 * against it. Each item links the REST export ({@code api/v1/documents/…/export}), a stable address that can be
 * shared or bookmarked: the API reads the signed-in reader's session, so it applies the same rules as the screen.
 */
class DownloadMenu extends Composite<Div> {

    /** {@code language}: the language being read, which the PDF, Word and Markdown files are in. */
    DownloadMenu(String slug, int number, Integer previous, String language) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        bar.setId("download-menu");
        MenuItem root = bar.addItem(getTranslation("export.menu"));
        String document = "api/v1/documents/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        for (String format : new String[] {"pdf", "docx", "md"}) {
            root.getSubMenu().addItem(link("export-" + format, getTranslation("export." + format),
                    document + "/versions/" + number + "/export?format=" + format
                            + (language == null ? "" : "&lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8))));
        }
        if (previous != null) {
            String redline = document + "/redline/" + previous + "/" + number + "?format=";
            root.getSubMenu().addItem(link("export-redline-docx", getTranslation("export.redline-previous", previous),
                    redline + "docx"));
            root.getSubMenu().addItem(link("export-redline-pdf",
                    getTranslation("export.redline-previous-pdf", previous), redline + "pdf"));
        }
        getContent().add(bar);
        getContent().addClassName("download-menu");
    }

    private static Anchor link(String id, String text, String href) {
        Anchor anchor = new Anchor(href, text);
        anchor.setId(id);
        // a file, not a page of the application: the browser downloads it without leaving the text
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
