package org.parley.base;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's translations come from the same bundles as the REST API's messages (Spring's MessageSource,
 * always through MessageFormat, so an apostrophe is written '' in every message).
 */
@Component
class ParleyI18NProvider implements I18NProvider {

    private final Messages messages;

    ParleyI18NProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, locale, params);
    }
}
