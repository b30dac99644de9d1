package org.campuspilot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.campuspilot.TestCampus;
import org.campuspilot.TestStore;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.db.Database;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window hears another user's change to the campus it shows, and only to that one. */
class OtherUsersChangesTest {
    @TempDir Path dir;
    final List<Database> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Database keep(Database db) {
        opened.add(db);
        return db;
    }

    /** Waits (15 s at most) for the count, without asserting how long it took. */
    private static void await(AtomicInteger count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (count.get() < 1 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    /** Another user saves a company (its name written again: a change set and its notice). */
    private static void changeElsewhere(Database elsewhere) {
        CompanyRepository theirs = new CompanyRepository(elsewhere);
        Company c = theirs.findAll().get(0);
        theirs.update(new Company(c.id(), c.number(), c.name() + " SA", c.naf(), c.size(), c.activity(), c.street(),
                c.postalCode(), c.city(), c.website(), c.partnerships(), c.conventionSignedOn(),
                c.conventionEndsOn(), c.mainContactId(), c.notes()));
    }

    @Test
    void aChangeCommittedElsewhereIsHeardAndTheNextCampusTakesOver() throws Exception {
        Database shown = keep(TestStore.POSTGRESQL.demo(dir));
        Database elsewhere = keep(Database.open(shown.location(), Database.Options.DEFAULT));
        OtherUsersChanges changes = new OtherUsersChanges(TaskRunner.synchronous());
        AtomicInteger first = new AtomicInteger();
        changes.follow(shown, first::incrementAndGet);
        changeElsewhere(elsewhere);
        await(first);
        assertTrue(first.get() >= 1, "heard");

        // The window moves to another campus: the first one's changes are no longer its business.
        Database next = keep(TestStore.POSTGRESQL.demo(dir));
        Database nextElsewhere = keep(Database.open(next.location(), Database.Options.DEFAULT));
        AtomicInteger second = new AtomicInteger();
        changes.follow(next, second::incrementAndGet);
        int before = first.get();
        changeElsewhere(elsewhere);
        changeElsewhere(nextElsewhere);
        await(second);
        assertTrue(second.get() >= 1);
        assertEquals(before, first.get(), "the campus left is no longer followed");
    }

    @Test
    void aFileHasNoOtherUsers() {
        Path file = dir.resolve("campus.campuspilot");
        TestCampus.demo(file);
        Database db = keep(Database.open(file));
        new OtherUsersChanges(TaskRunner.synchronous()).follow(db, () -> {
            throw new AssertionError("a file has no other users");
        });
        changeElsewhere(keep(Database.open(file)));
    }
}
