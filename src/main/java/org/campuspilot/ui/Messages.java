package org.campuspilot.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.campuspilot.shared.Problem;

/**
 * The one message bundle ({@code i18n/messages}, French by default, English second). Messages with arguments go
 * through {@link MessageFormat}, so their apostrophes are written {@code ''} in the bundle.
 */
public final class Messages {
    public static final String BUNDLE = "org.campuspilot.i18n.messages";
    public static final Locale FRENCH = Locale.FRANCE;

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load(Locale locale) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : FRENCH;
        // The French file is the base bundle; never fall back to the JVM's default locale.
        return new Messages(ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? FRENCH : bundle.getLocale();
    }

    /** A file's size in the user's language: « 12 Ko », « 1,5 Mo » in French, « 12 KB », « 1,5 MB » in English. */
    public String fileSize(long bytes) {
        String french = org.campuspilot.shared.FrenchFormats.fileSize(bytes);
        String number = french.substring(0, french.lastIndexOf(' '));
        return get(french.endsWith(" Ko") ? "size.kilobytes" : "size.megabytes", number);
    }

    /** Whether the bundle has this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    public String get(Problem problem) {
        Object[] args = problem.argArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Problem nested) {
                args[i] = get(nested);
            }
        }
        return get(problem.key(), args);
    }
}
