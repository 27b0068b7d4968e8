package org.parley.translation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parley.base.ui.MainLayout;
import org.parley.document.DocumentNotFoundException;
import org.parley.document.DocumentService;
import org.parley.document.DocumentVersion;
import org.parley.translation.TranslationService;
import org.parley.document.VersionText;

/**
 * The translator's screen for one version and language: import a translated file (reviewed before it is saved),
 * and write or update paragraphs one by one next to their source, outdated ones first.
 */
@Route(value = "documents/:slug/v/:version/translate/:lang", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
public class TranslateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final TranslationService translations;
    private String title = "";

    public TranslateView(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
        addClassName("translate-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(DocumentNotFoundException::new);
        int number = event.getRouteParameters().getInteger("version").orElseThrow(DocumentNotFoundException::new);
        String language = event.getRouteParameters().get("lang").orElse("");
        DocumentVersion version = documents.version(slug, number);
        String documentTitle = documents.document(slug).document().title();
        VersionText text = translations.text(version, language); // refuses an unknown language
        title = getTranslation("translate.title", documentTitle, getTranslation("language.in-text." + language));
        removeAll();
        H1 heading = new H1(title);
        heading.getElement().setAttribute("dir", "auto");
        String readingHref = "documents/" + slug + "/v/" + number;
        Anchor back = new Anchor(readingHref + "?lang=" + language, getTranslation("translate.back"));
        back.setId("back-to-text");
        add(heading, back, languageSwitch(version, language, slug + "/v/" + number));
        if (text.source()) {
            add(new Span(getTranslation("translate.source-language", getTranslation("language.in-text." + language))));
            return;
        }
        TranslationWorklist worklist = new TranslationWorklist(documents, translations, version, language);
        add(new ImportPanel(translations, version, language, worklist::reload), worklist);
    }

    private Select<String> languageSwitch(DocumentVersion version, String language, String path) {
        Select<String> select = new Select<>();
        select.setId("translate-language");
        select.setLabel(getTranslation("translate.language-in"));
        select.setItems(translations.targetLanguages(version));
        select.setItemLabelGenerator(code -> getTranslation("language." + code));
        if (translations.targetLanguages(version).contains(language)) {
            select.setValue(language);
        }
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("documents/" + path + "/translate/" + e.getValue()));
            }
        });
        return select;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("app.name") : title;
    }
}
