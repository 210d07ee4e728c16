package org.cascade.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translation provider: the languages it offers decide a new page's language from the browser's, and
 * {@code getTranslation} reads {@link Texts}.
 */
@Component
public class TextsProvider implements I18NProvider {
    @Override
    public List<Locale> getProvidedLocales() {
        return Texts.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.of(Texts.supported(locale)).get(key, params);
    }
}
