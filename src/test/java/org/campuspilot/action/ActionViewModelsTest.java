package org.campuspilot.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.campuspilot.TestCampus;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.db.Database;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionViewModelsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    @TempDir Path dir;
    Database db;
    ActionRepository repo;
    ActionListViewModel list;
    ActionFormViewModel form;

    @BeforeEach
    void open() {
        db = TestCampus.demo(dir.resolve("demo.db"));
        repo = new ActionRepository(db);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
        list = new ActionListViewModel(repo, TaskRunner.synchronous(), clock);
        form = new ActionFormViewModel(new ActionService(db, repo, clock), new ContactRepository(db),
                TaskRunner.synchronous(), new RecordingDialogs(), Messages.load(Messages.FRENCH), clock);
        form.loadChoices();
        list.load(rows -> {
        });
    }

    @Test
    void theSummaryIsAlwaysComputedFromTheRowsTheListShows() {
        assertEquals(ActionSummary.of(repo.findAll()), list.summary());
        list.levels().add(TrainingLevel.LEVEL_5);
        list.schoolYear().set(new SchoolYear(2024));
        List<Action> shown = list.visible().stream().map(ActionRow::action).toList();
        assertEquals(List.of("Formation des enseignants à l'usinage 5 axes", "Module complémentaire cobotique en BTS CRSA"),
                shown.stream().map(Action::title).sorted().toList());
        assertEquals(ActionSummary.of(shown), list.summary());
        list.clearFilters();
        list.company().set(form.companyChoices.stream().filter(c -> c.name().equals("Armor Robotique")).findFirst()
                .orElseThrow());
        assertEquals(4, list.visible().size(), "its two discovery weeks of 2022 and 2023 too");
        list.clearFilters();
        list.search().set("québec");
        assertEquals(List.of("Mobilité au Québec"), list.visible().stream().map(r -> r.action().title()).toList());
    }

    @Test
    void theFormChecksLevelsSexesMobilityAndDatesAndComputesTheHours() {
        form.startNew();
        assertEquals("2026-2027", form.schoolYear.text().get(), "the current school year by default");
        form.title.set("Mobilité test");
        form.type.set(ActionType.MOBILITE_INTERNATIONALE);
        assertTrue(form.isMobility.get());
        form.actualByStatus.get(LearnerStatus.ELEVES).set("10");
        form.actualBySex.get(Sex.FEMMES).set("4");
        form.actualBySex.get(Sex.HOMMES).set("7");
        form.startDate.set("15/08/2026");
        form.save(a -> {
        });
        assertEquals("action.form.levels.required", form.levelsProblem.get().key());
        assertEquals("action.form.sexes.overTotal", form.actualBySex.get(Sex.HOMMES).problem().get().key());
        assertEquals("action.form.mobility.required", form.mobilityProblem.get().key());
        form.levels.get(TrainingLevel.LEVEL_4).set(true);
        form.actualBySex.get(Sex.HOMMES).set("5");
        assertEquals("1", form.actualUnspecified.get(), "non précisé: 10 - 4 - 5");
        form.country.set("Italie");
        form.direction.set(Mobility.Direction.SORTANTE);
        form.save(a -> {
        });
        assertEquals("action.form.date.outsideYear", form.startDate.problem().get().key());
        form.startDate.set("15/03/2027");
        form.hoursPerBeneficiary.set("35");
        assertTrue(form.totalHoursComputed.get());
        assertEquals("350", form.totalHours.text().get());
        long before = repo.count();
        form.save(a -> {
        });
        assertEquals(before + 1, repo.count());
        Action saved = repo.findAll().stream().filter(a -> a.title().equals("Mobilité test")).findFirst()
                .orElseThrow();
        assertEquals("350", saved.hoursDelivered().display());
        assertEquals(1, saved.beneficiaries().actual(Sex.NON_PRECISE));
        assertEquals("Italie", saved.mobility().country());
        assertFalse(form.dirty().get());
    }
}
