package org.parley.document.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Chooses the language of the text, and a second language shown beside it. */
class LanguageBar extends Div {

    private static final String NONE = "";

    /**
     * @param translateHref where an editor translates the version (null: not an editor)
     * @param onChange      receives the chosen language and the one beside it (null: none)
     */
    LanguageBar(List<String> languages, String shown, String beside, String translateHref,
                BiConsumer<String, String> onChange) {
        addClassName("language-bar");
        if (languages.size() > 1) {
            Select<String> language = new Select<>();
            language.setId("text-language");
            language.setLabel(getTranslation("reading.language"));
            language.setItems(languages);
            language.setItemLabelGenerator(code -> getTranslation("language." + code));
            language.setValue(shown);
            List<String> others = new ArrayList<>(List.of(NONE));
            languages.stream().filter(l -> !l.equals(shown)).forEach(others::add);
            Select<String> second = new Select<>();
            second.setId("beside-language");
            second.setLabel(getTranslation("reading.beside"));
            second.setItems(others);
            second.setItemLabelGenerator(code -> code.isEmpty()
                    ? getTranslation("reading.beside-none") : getTranslation("language." + code));
            second.setValue(beside == null ? NONE : beside);
            language.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    onChange.accept(e.getValue(), e.getValue().equals(beside) ? null : beside);
                }
            });
            second.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    onChange.accept(shown, e.getValue().isEmpty() ? null : e.getValue());
                }
            });
            add(language, second);
        }
        if (translateHref != null) {
            Anchor translate = new Anchor(translateHref, getTranslation("reading.translate"));
            translate.setId("translate-link");
            add(translate);
        }
    }
}
