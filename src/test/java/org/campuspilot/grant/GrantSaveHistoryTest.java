package org.campuspilot.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.campuspilot.db.Database;
import org.campuspilot.db.Jdbc;
import org.campuspilot.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a grant writes what changed, not its whole schedule again: one save, one line of history (issue 22). */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.EnumSource(org.campuspilot.TestStore.class)
class GrantSaveHistoryTest {
    @org.junit.jupiter.params.Parameter
    org.campuspilot.TestStore store;

    @TempDir Path dir;

    @Test
    void anInstalmentReceivedIsOneChangeOfOneInstalment() {
        Database db = store.demo(dir);
        GrantRepository grants = new GrantRepository(db);
        Grant grant = grants.findAll().stream().filter(g -> g.instalments().size() >= 3).findFirst().orElseThrow();
        Jdbc jdbc = new Jdbc(db);
        long before = jdbc.count("SELECT COUNT(*) FROM audit_entry");

        // Saved unchanged: nothing recorded.
        db.inTransaction(c -> grants.save(grant, Instant.now()));
        assertEquals(before, jdbc.count("SELECT COUNT(*) FROM audit_entry"));

        List<Instalment> schedule = new ArrayList<>(grant.instalments());
        Instalment second = schedule.get(1);
        schedule.set(1, new Instalment(second.id(), second.kind(), second.expectedOn(), second.expected(),
                second.condition(), java.time.LocalDate.of(2026, 11, 2), new Money(second.expected().cents())));
        Grant changed = grants.save(withSchedule(grant, schedule), Instant.now());
        List<String> entries = jdbc.list("SELECT table_name || ' ' || operation FROM audit_entry WHERE id > ?"
                + " ORDER BY id", rs -> rs.getString(1), before);
        assertEquals(List.of("grant_instalment UPDATE"), entries);
        assertEquals(second.id(), changed.instalments().get(1).id(), "the instalment keeps its number");

        // One removed, one added: one deletion and one creation, the others untouched.
        long beforeRemoval = jdbc.count("SELECT MAX(id) FROM audit_entry");
        schedule.remove(0);
        schedule.add(new Instalment(null, InstalmentKind.ACOMPTE, java.time.LocalDate.of(2027, 1, 15),
                new Money(100_000), null, null, null));
        grants.save(withSchedule(grant, schedule), Instant.now());
        entries = jdbc.list("SELECT table_name || ' ' || operation FROM audit_entry WHERE id > ? ORDER BY id",
                rs -> rs.getString(1), beforeRemoval);
        assertEquals(List.of("grant_instalment DELETE", "grant_instalment UPDATE", "grant_instalment UPDATE",
                "grant_instalment INSERT"), entries, "the two kept ones moved up a position");
    }

    private static Grant withSchedule(Grant g, List<Instalment> schedule) {
        return new Grant(g.id(), g.funder(), g.funderName(), g.year(), g.object(), g.requested(), g.awarded(),
                g.decisionDate(), g.conventionRef(), g.conventionSignedOn(), g.status(), g.reportDueOverride(),
                g.reportSentOn(), schedule, g.review(), g.indirectCosts(), g.contributions(), g.gapExplanations(),
                g.updatedAt());
    }
}
