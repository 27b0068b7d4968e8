package org.parley.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.parley.base.UserFacingException;
import org.parley.export.Export;
import org.parley.export.ExportService;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * "Download" for the version on screen: PDF, Word, Markdown and, when there is an earlier version, the redline
 * against it. Each file is produced in the download's own request and streamed to the browser, so a 1,700
 * paragraph code keeps only its reader waiting; meanwhile the menu shows that the file is being prepared.
 */
class DownloadMenu extends Composite<Div> {

    private final ExportService exports;
    private final Span pending = new Span();

    /** {@code language}: the language being read, which the PDF, Word and Markdown files are in. */
    DownloadMenu(ExportService exports, String slug, int number, Integer previous, String language) {
        this.exports = exports;
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        bar.setId("download-menu");
        MenuItem root = bar.addItem(getTranslation("export.menu"));
        for (String format : new String[] {"pdf", "docx", "md"}) {
            root.getSubMenu().addItem(link("export-" + format, getTranslation("export." + format),
                    () -> exports.version(slug, number, format, language, getLocale())));
        }
        if (previous != null) {
            root.getSubMenu().addItem(link("export-redline-docx", getTranslation("export.redline-previous", previous),
                    () -> exports.redline(slug, previous, number, "docx", getLocale())));
            root.getSubMenu().addItem(link("export-redline-pdf",
                    getTranslation("export.redline-previous-pdf", previous),
                    () -> exports.redline(slug, previous, number, "pdf", getLocale())));
        }
        ProgressBar spinner = new ProgressBar();
        spinner.setIndeterminate(true);
        spinner.setWidth("4em");
        pending.add(spinner, new Span(getTranslation("export.preparing")));
        pending.setId("download-pending");
        pending.addClassName("download-pending");
        pending.setVisible(false);
        getContent().add(bar, pending);
        getContent().addClassName("download-menu");
    }

    private Anchor link(String id, String text, Supplier<Export> export) {
        Anchor anchor = new Anchor((DownloadHandler) event -> download(event, export), text);
        anchor.setId(id);
        return anchor;
    }

    /** Runs in the download request: reads (with the reader's permissions), then streams the file. */
    private void download(DownloadEvent event, Supplier<Export> request) throws IOException {
        UI ui = event.getUI();
        ui.access(() -> pending.setVisible(true));
        try {
            Export export = request.get();
            event.setFileName(export.fileName());
            event.setContentType(export.contentType());
            export.body().writeTo(event.getOutputStream());
        } catch (UserFacingException refused) {
            event.getResponse().setStatus(400);
            ui.access(() -> Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        } finally {
            ui.access(() -> pending.setVisible(false));
        }
    }
}
