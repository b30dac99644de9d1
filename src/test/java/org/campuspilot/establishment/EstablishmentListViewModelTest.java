package org.campuspilot.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.campuspilot.db.Database;
import org.campuspilot.shared.Uai;
import org.campuspilot.ui.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstablishmentListViewModelTest {
    @TempDir Path dir;
    EstablishmentListViewModel vm;

    static Establishment make(String uai, String name, EstablishmentKind kind, Ownership own, String city,
            LocalDate until) {
        return new Establishment(null, new Uai(uai), name, kind, own, null, null, null, city, null, null, null,
                NetworkRole.MEMBRE, LocalDate.of(2022, 9, 1), until, null, null);
    }

    @BeforeEach
    void setUp() {
        EstablishmentRepository repo = new EstablishmentRepository(Database.open(dir.resolve("l.db")));
        repo.insert(make("0350031U", "Lycée professionnel Jean Jaurès", EstablishmentKind.LYCEE_PROFESSIONNEL,
                Ownership.PUBLIC, "Rennes", null));
        repo.insert(make("0351054F", "Lycée professionnel Charles Tillon", EstablishmentKind.LYCEE_PROFESSIONNEL,
                Ownership.PUBLIC, "Rennes", LocalDate.of(2024, 8, 31)));
        repo.insert(make("0350795Z", "Lycée de La Salle", EstablishmentKind.LYCEE_POLYVALENT, Ownership.PRIVE,
                "Rennes", null));
        repo.insert(make("0350709F", "Lycée professionnel la Champagne", EstablishmentKind.LYCEE_PROFESSIONNEL,
                Ownership.PUBLIC, "Vitré", null));
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(),
                ZoneId.of("Europe/Paris"));
        vm = new EstablishmentListViewModel(repo, TaskRunner.synchronous(), clock);
        vm.load(rows -> {
        });
    }

    private List<String> names() {
        return vm.visible().stream().map(r -> r.establishment().name()).toList();
    }

    @Test
    void loadsEveryEstablishmentSortedByNameTheFrenchWay() {
        assertEquals(4, vm.visible().size());
        assertEquals(4, vm.totalCount());
        assertEquals(List.of("Lycée de La Salle", "Lycée professionnel Charles Tillon",
                "Lycée professionnel Jean Jaurès", "Lycée professionnel la Champagne"), names());
    }

    @Test
    void sortingInReverseKeepsTheFilter() {
        vm.search().set("professionnel");
        vm.sortBy(EstablishmentListViewModel.BY_NAME.reversed());
        assertEquals(List.of("Lycée professionnel la Champagne", "Lycée professionnel Jean Jaurès",
                "Lycée professionnel Charles Tillon"), names());
    }

    @Test
    void searchesNameUaiAndCityWithoutCaseOrAccents() {
        vm.search().set("JAURES");
        assertEquals(List.of("Lycée professionnel Jean Jaurès"), names());
        vm.search().set("0351054");
        assertEquals(List.of("Lycée professionnel Charles Tillon"), names());
        vm.search().set("vitre");
        assertEquals(List.of("Lycée professionnel la Champagne"), names());
        vm.search().set("");
        assertEquals(4, names().size());
    }

    @Test
    void filtersByKindOwnershipAndCurrentMembership() {
        vm.kind().set(EstablishmentKind.LYCEE_POLYVALENT);
        assertEquals(List.of("Lycée de La Salle"), names());
        vm.kind().set(null);
        vm.ownership().set(Ownership.PUBLIC);
        assertEquals(3, names().size());
        vm.currentOnly().set(true);
        assertEquals(2, names().size(), "Charles Tillon left in 2024");
        vm.clearFilters();
        assertEquals(4, names().size());
    }

    @Test
    void sortingHappensBeneathTheFilter() {
        vm.sortBy(EstablishmentListViewModel.text(r -> r.establishment().uai().code()));
        vm.search().set("professionnel");
        assertEquals(List.of("Lycée professionnel Jean Jaurès", "Lycée professionnel la Champagne",
                "Lycée professionnel Charles Tillon"), names());
    }

    @Test
    void aFailedReadIsReportedNotSwallowed() {
        EstablishmentListViewModel failing = new EstablishmentListViewModel(
                new EstablishmentRepository(Database.open(dir.resolve("other.db"))), new TaskRunner() {
                    @Override
                    public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                            java.util.function.Consumer<Throwable> failed) {
                        failed.accept(new IllegalStateException("disk gone"));
                    }
                }, Clock.systemDefaultZone());
        failing.load(rows -> {
        });
        assertEquals("establishment.list.loadFailed", failing.loadProblem().get().key());
        assertEquals(0, failing.visible().size());
    }
}
