package org.campuspilot.label;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.campuspilot.db.Jdbc;

/** What the director writes about each theme of the bilan du label (table {@code label_text}). */
final class ThemeTextRepository {
    private final Jdbc jdbc;

    ThemeTextRepository(org.campuspilot.db.Database database) {
        this.jdbc = new Jdbc(database);
    }

    /** The texts written; a theme without one is absent. */
    Map<LabelIndicator.Theme, String> findAll() {
        Map<LabelIndicator.Theme, String> out = new EnumMap<>(LabelIndicator.Theme.class);
        jdbc.list("SELECT theme, body FROM label_text", rs -> out.put(Jdbc.enumValue(rs, "theme",
                LabelIndicator.Theme.class), rs.getString(2)));
        return out;
    }

    /** Keeps the texts (call inside a transaction): a blank one removes its theme's, an unchanged one is left. */
    void save(Map<LabelIndicator.Theme, String> texts, Instant now) {
        Map<LabelIndicator.Theme, String> stored = findAll();
        for (LabelIndicator.Theme theme : LabelIndicator.Theme.values()) {
            String body = texts.getOrDefault(theme, "").strip();
            if (body.equals(stored.getOrDefault(theme, ""))) {
                continue;
            }
            if (body.isEmpty()) {
                jdbc.update("DELETE FROM label_text WHERE theme = ?", theme);
            } else if (stored.containsKey(theme)) {
                jdbc.update("UPDATE label_text SET body = ?, updated_at = ? WHERE theme = ?", body, now.toString(),
                        theme);
            } else {
                jdbc.update("INSERT INTO label_text (theme, body, updated_at) VALUES (?, ?, ?)", theme, body,
                        now.toString());
            }
        }
    }
}
