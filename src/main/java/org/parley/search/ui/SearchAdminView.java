package org.parley.search.ui;

import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parley.base.ui.MainLayout;
import org.parley.search.IndexStatus;
import org.parley.search.SearchService;

/** Admins rebuild the search index from the database and follow the progress. */
@Route(value = "admin/search", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class SearchAdminView extends Div implements HasDynamicTitle {

    private final SearchService search;
    private final Paragraph status = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Button reindex;
    private Registration polling;

    public SearchAdminView(SearchService search) {
        this.search = search;
        addClassName("search-admin-view");
        status.setId("index-status");
        progress.setId("index-progress");
        progress.getElement().setAttribute("aria-labelledby", "index-status");
        reindex = new Button(getTranslation("search.admin.reindex"), e -> startReindex());
        reindex.setId("reindex");
        reindex.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("search.admin.title")), status, progress, reindex);
        refresh();
    }

    private void startReindex() {
        search.reindex();
        Notification.show(getTranslation("search.admin.reindex-started"));
        refresh();
    }

    void refresh() {
        IndexStatus s = search.status();
        progress.setValue(s.progress());
        progress.setVisible(s.building());
        reindex.setEnabled(!s.building());
        status.setText(s.building() ? getTranslation("search.admin.status.building", s.done(), s.total())
                : getTranslation("search.admin.status.ready", s.indexedTexts()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(500);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.admin.title") + " · " + getTranslation("app.name");
    }
}
