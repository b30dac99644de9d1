package org.campuspilot.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 88 divisions of NAF rév. 2 with INSEE's labels (« 25 – Fabrication de produits métalliques, à l'exception des
 * machines et des équipements »), read once from {@code naf-rev2-divisions.csv} (source and licence in its head).
 * The labels are the official French ones, in every language of the window: they are the nomenclature's.
 */
public final class NafDivisions {
    private static final Map<String, String> REV2 = load();

    private NafDivisions() {
    }

    /** Division (two digits) → label, in the nomenclature's order. */
    public static Map<String, String> rev2() {
        return REV2;
    }

    /** The label of a division of NAF rév. 2, if it is one. */
    public static Optional<String> label(String division) {
        return Optional.ofNullable(division == null ? null : REV2.get(division));
    }

    private static Map<String, String> load() {
        try (InputStream in = NafDivisions.class.getResourceAsStream("naf-rev2-divisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("Missing naf-rev2-divisions.csv");
            }
            Map<String, String> out = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int sep = line.indexOf(';');
                    out.put(line.substring(0, sep), line.substring(sep + 1));
                }
            }
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
