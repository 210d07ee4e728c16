package org.cascade.params;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plain-language label and one-line explanation of each registry parameter, for people who do not read code
 * ids: {@code org/cascade/params/labels.properties} (English) and {@code labels_LANG.properties} beside it. A
 * language without a file reads English; the JVM's default locale never decides.
 */
public final class ParameterLabels {
    private static final String BUNDLE = "org.cascade.params.labels";
    private final ResourceBundle bundle;

    private ParameterLabels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The labels in a language, or in English when that language has none. */
    public static ParameterLabels of(Locale locale) {
        return new ParameterLabels(ResourceBundle.getBundle(BUNDLE, locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** A short name in plain words, e.g. "How strongly trade reacts to costs"; the code id when none is written. */
    public String label(String parameter) {
        return text(parameter + ".label", parameter);
    }

    /** One sentence on what the parameter does; empty when none is written. */
    public String explanation(String parameter) {
        return text(parameter + ".help", "");
    }

    /** Whether this language has a label and an explanation written for the parameter. */
    public boolean has(String parameter) {
        return bundle.containsKey(parameter + ".label") && bundle.containsKey(parameter + ".help");
    }

    private String text(String key, String otherwise) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }
}
