package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.TableView;
import org.campuspilot.TestCampus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.event.EventRow;
import org.campuspilot.event.EventType;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A filter that takes several values: two event types ticked show the events of either, counted from the records. */
class CheckFiltersFxTest {
    @TempDir Path dir;
    FxApp fx;

    @AfterEach
    void stop() throws Exception {
        fx.stop();
    }

    @Test
    void twoEventTypesTickedShowTheEventsOfEither() throws Exception {
        Path file = dir.resolve("demo.campuspilot");
        Database db = TestCampus.demo(file);
        long expected = new Jdbc(db).count("SELECT COUNT(*) FROM event WHERE type IN ('FORUM_SALON', 'PORTES_OUVERTES')");
        db.close();
        fx = new FxApp().start(file, dir);
        fx.click("#navEvents");
        fx.click("#listToggle");
        fx.tick("#typeFilter", "Forum ou salon");
        fx.tick("#typeFilter", "Journée portes ouvertes");
        CheckComboBox<EventType> filter = fx.find("#typeFilter");
        assertEquals(Set.of(EventType.FORUM_SALON, EventType.PORTES_OUVERTES), Set.copyOf(filter.getCheckModel()
                .getCheckedItems()));
        TableView<EventRow> table = fx.find("#table");
        fx.settle();
        assertTrue(expected >= 2, "the demo has events of both types");
        assertEquals(expected, table.getItems().size());
        assertEquals(Set.of(EventType.FORUM_SALON, EventType.PORTES_OUVERTES), table.getItems().stream()
                .map(r -> r.event().type()).collect(Collectors.toSet()));

        fx.tick("#typeFilter", "Forum ou salon"); // unticked: only the open days are left
        assertEquals(Set.of(EventType.PORTES_OUVERTES), table.getItems().stream().map(r -> r.event().type())
                .collect(Collectors.toSet()));
    }
}
