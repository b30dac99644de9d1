package org.campuspilot;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The real files the tests read, kept in the project's test resources (their source: {@code annuaire/README.md}). */
public final class TestData {
    private TestData() {
    }

    /** The annuaire sample in the 2023 column set: 300 rows of Ille-et-Vilaine. */
    public static Path annuaireSample() {
        return resource("/annuaire/annuaire-sample.csv");
    }

    /** The annuaire sample in the 2026 column set: 20 rows of Val-de-Marne. */
    public static Path annuaireSampleCurrentFormat() {
        return resource("/annuaire/annuaire-sample-current-format.csv");
    }

    private static Path resource(String name) {
        URL url = TestData.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing test resource " + name + " (src/test/resources" + name + ")");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
