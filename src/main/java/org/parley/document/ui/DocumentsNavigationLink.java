package org.parley.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import org.parley.base.ui.NavigationLink;
import org.springframework.core.annotation.Order;

/** "Documents" in the navigation: the list of documents, Parley's home page. */
@org.springframework.stereotype.Component
@Order(10)
class DocumentsNavigationLink implements NavigationLink {

    @Override
    public Component create() {
        RouterLink documents = new RouterLink(DocumentListView.class);
        documents.setText(documents.getTranslation("nav.documents"));
        documents.addClassName("nav-link");
        return documents;
    }
}
