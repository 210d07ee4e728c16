package org.cascade.run.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The model version: the Maven project version, read from the filtered resource org/cascade/version.properties. */
public final class Version {
    /** Used when the resource is missing or unfiltered (e.g. classes compiled outside Maven). */
    public static final String FALLBACK = "0.1.0-dev";
    private static final String VERSION = read();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/org/cascade/version.properties")) {
            if (in == null) {
                return FALLBACK;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.contains("${") ? FALLBACK : v;
        } catch (IOException e) {
            return FALLBACK;
        }
    }
}
