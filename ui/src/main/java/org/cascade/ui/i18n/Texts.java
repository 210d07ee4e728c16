package org.cascade.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The explorer's words in one language, from {@code org/cascade/ui/i18n/texts.properties} (English) and
 * {@code texts_LANG.properties}. A key missing in a language reads English; the JVM's default locale never decides.
 * Counts take the plural form the language needs: Russian has one/few/many ("1 параметр", "2 параметра",
 * "5 параметров"); English, Kazakh, Uzbek, Azerbaijani and Armenian have one/other.
 */
public final class Texts {
    /** Languages with a translation. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));
    /** Languages planned next: their plural rules are here, their files not yet. */
    public static final List<Locale> PLANNED = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("uz"),
        Locale.forLanguageTag("az"), Locale.forLanguageTag("hy"));
    private static final String BUNDLE = "org.cascade.ui.i18n.texts";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(Locale locale) {
        return new Texts(locale == null ? Locale.ENGLISH : locale);
    }

    /** One text: {@code Texts.get(locale, "run.button")}; for callers outside the explorer, e.g. chart titles. */
    public static String get(Locale locale, String key, Object... args) {
        return of(locale).get(key, args);
    }

    /** The language among {@link #LANGUAGES} a locale asks for, English when none. */
    public static Locale supported(Locale wanted) {
        if (wanted == null) {
            return Locale.ENGLISH;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
            .orElse(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key with {0}, {1}... filled in; the key itself when no language has it. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A count with its noun in the right plural form: key.one, key.few, key.many or key.other, with {0} = n and
     * {1}, {2}... the further arguments.
     */
    public String plural(String key, long n, Object... more) {
        String form = key + "." + category(locale, n);
        Object[] args = new Object[more.length + 1];
        args[0] = Long.toString(n);
        System.arraycopy(more, 0, args, 1, more.length);
        return get(has(form) ? form : key + ".other", args);
    }

    /** The CLDR plural category of a whole number in a language (the cases the explorer's languages need). */
    public static String category(Locale locale, long n) {
        long abs = Math.abs(n);
        if (locale.getLanguage().equals("ru")) {
            long d = abs % 10;
            long h = abs % 100;
            if (d == 1 && h != 11) {
                return "one";
            }
            if (d >= 2 && d <= 4 && (h < 12 || h > 14)) {
                return "few";
            }
            return "many";
        }
        return abs == 1 ? "one" : "other"; // en, kk, uz, az; hy also treats 0 as "one", counts here are whole
    }
}
