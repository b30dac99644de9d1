package org.campuspilot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.campuspilot.app.AppActions;
import org.campuspilot.app.AppContext;
import org.campuspilot.db.Database;
import org.campuspilot.app.MainWindowController;
import org.campuspilot.shared.Uai;
import org.campuspilot.ui.FxTaskRunner;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.RecordingDialogs;
import org.campuspilot.ui.TaskRunner;

/**
 * The establishment list with 70,000 establishments: the FX thread's CPU time for opening the list (view
 * construction, the hand-over of the loaded rows) and for each search keystroke, each up to the end of the pulse
 * (CSS, layout, render sync) it causes; against the one-frame budget of 16 ms, and against the same list with 100
 * establishments measured in the same run. The first round of keystrokes runs cold (before the JIT compiles the
 * code) and is reported apart.
 */
public final class ListBenchmark {
    private static final String TYPED = "lycee professionnel rennes";
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private ListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        started.await();
        Path dir = Files.createTempDirectory("campus-pilot-list-bench");
        Result small = measure(dir.resolve("small.db"), 100);
        Result big = measure(dir.resolve("big.db"), 70_000);
        for (Result r : List.of(small, big)) {
            System.out.printf(Locale.ROOT, "list rows=%d first open: FX-thread %.1f ms (view %.1f + hand-over %.1f); "
                    + "open again: FX-thread %.1f ms (view %.1f + hand-over %.1f); longest background task (read, sort or filter) %.0f ms%n",
                    r == small ? 100 : 70_000, r.first.total(), r.first.click, r.first.handOver, r.again.total(),
                    r.again.click, r.again.handOver, r.read);
        }
        for (Result r : List.of(small, big)) {
            System.out.printf(Locale.ROOT, "list rows=%d keystroke (typing + hand-over of the filtered rows): "
                    + "median %.2f ms, max %.2f ms; worst single frame %.2f ms (target < 16 ms)%n",
                    r == small ? 100 : 70_000, r.keyMedian(), r.keyMax(), r.keyFrameMax());
        }
        System.out.printf(Locale.ROOT, "list first (cold, before JIT) round of keystrokes: max %.2f ms with 100 rows, "
                + "%.2f ms with 70000 rows%n", small.coldMax, big.coldMax);
        System.out.printf(Locale.ROOT, "list ratio 70000/100 rows: open again %.1f, keystroke median %.1f; "
                + "70000-row worst frame = %.0f%% of a 60 Hz frame%n", big.again.total() / small.again.total(),
                big.keyMedian() / small.keyMedian(), 100 * big.keyFrameMax() / 16.0);
        Platform.exit();
    }

    record Result(Opening first, Opening again, double read, List<Opening> keys, double coldMax) {
        /** Median FX-thread CPU of a whole keystroke (both frames). */
        double keyMedian() {
            List<Double> s = new ArrayList<>(keys.stream().map(Opening::total).toList());
            Collections.sort(s);
            return s.get(s.size() / 2);
        }

        double keyMax() {
            return keys.stream().mapToDouble(Opening::total).max().orElseThrow();
        }

        /** The worst single frame of any keystroke. */
        double keyFrameMax() {
            return keys.stream().mapToDouble(Opening::frame).max().orElseThrow();
        }
    }

    static Result measure(Path file, int rows) throws Exception {
        Database db = Database.open(file);
        generate(db, rows);
        Stage[] stage = new Stage[1];
        Scene[] scene = new Scene[1];
        FxTaskRunner fxRunner = new FxTaskRunner();
        TimingRunner runner = new TimingRunner(fxRunner);
        AppContext context = new AppContext(db, Messages.load(Messages.FRENCH), runner, new RecordingDialogs(),
                Clock.systemDefaultZone(), new NoActions(), new org.campuspilot.history.UndoStack(db,
                        new org.campuspilot.history.HistoryService(db), runner, Messages.load(Messages.FRENCH)),
                () -> stage[0]);
        onFx(() -> {
            scene[0] = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
            stage[0] = new Stage();
            stage[0].setScene(scene[0]);
            stage[0].show();
        });
        fxCpuMs(scene[0], () -> scene[0].setRoot(context.views().load(MainWindowController.class).root()));
        runner.awaitIdle(fxRunner);
        Opening first = open(scene[0], runner, fxRunner, "#navEstablishments");
        open(scene[0], runner, fxRunner, "#navDashboard");
        Opening again = open(scene[0], runner, fxRunner, "#navEstablishments");
        TableView<?> table = (TableView<?>) scene[0].lookup("#table");
        if (table.getItems().size() != rows) {
            throw new IllegalStateException("Expected " + rows + " rows, saw " + table.getItems().size());
        }
        TextField search = (TextField) scene[0].lookup("#searchField");
        List<Opening> cold = new ArrayList<>();
        List<Opening> keys = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            List<Opening> into = round == 0 ? cold : keys;
            for (int i = 1; i <= TYPED.length(); i++) {
                into.add(keystroke(scene[0], runner, fxRunner, search, TYPED.substring(0, i)));
                if (Boolean.getBoolean("bench.verbose")) {
                    System.out.println("key '" + TYPED.substring(0, i) + "' " + into.get(into.size() - 1)
                            + " visible=" + table.getItems().size());
                }
            }
            for (int i = TYPED.length() - 1; i >= 0; i--) {
                into.add(keystroke(scene[0], runner, fxRunner, search, TYPED.substring(0, i)));
            }
        }
        onFx(stage[0]::close);
        return new Result(first, again, runner.workMs, keys, cold.stream().mapToDouble(Opening::frame).max()
                .orElseThrow());
    }

    /** FX-thread CPU of a click on a navigation button: the click and its pulse, then the data's hand-over. */
    record Opening(double click, double handOver) {
        double total() {
            return click + handOver;
        }

        double frame() {
            return Math.max(click, handOver);
        }
    }

    private static Opening open(Scene scene, TimingRunner runner, FxTaskRunner fxRunner, String button)
            throws Exception {
        runner.resetHandOver();
        double click = fxCpuMs(scene, () -> ((javafx.scene.control.ToggleButton) scene.lookup(button)).fire());
        runner.awaitIdle(fxRunner);
        double handOver = runner.handOverMs() + fxCpuMs(scene, () -> {
        });
        return new Opening(click, handOver);
    }

    /** A keystroke's FX-thread CPU: the typing and its pulse, then the filtered rows' hand-over and its pulse. */
    private static Opening keystroke(Scene scene, TimingRunner runner, FxTaskRunner fxRunner, TextField search,
            String text) throws Exception {
        runner.resetHandOver();
        double typing = fxCpuMs(scene, () -> search.setText(text));
        runner.awaitIdle(fxRunner);
        double handOver = runner.handOverMs() + fxCpuMs(scene, () -> {
        });
        return new Opening(typing, handOver);
    }

    /** CPU time of the FX thread for {@code work} and the pulse that follows it. */
    static double fxCpuMs(Scene scene, Runnable work) throws Exception {
        long[] before = new long[1];
        CountDownLatch pulsed = new CountDownLatch(1);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            pulsed.countDown();
        };
        onFx(() -> {
            before[0] = fxCpu();
            work.run();
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        if (!pulsed.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("No pulse");
        }
        long[] after = new long[1];
        onFx(() -> after[0] = fxCpu());
        return (after[0] - before[0]) / 1e6;
    }

    private static long fxCpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    static void generate(Database db, int rows) {
        String[] kinds = {"LYCEE_PROFESSIONNEL", "LYCEE_POLYVALENT", "LYCEE_GENERAL_TECHNOLOGIQUE", "CFA", "COLLEGE"};
        String[] cities = {"Rennes", "Saint-Malo", "Vitré", "Fougères", "Redon", "Brest", "Lorient", "Quimper"};
        String[] names = {"Lycée professionnel", "Lycée polyvalent", "Lycée", "CFA", "Collège"};
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO establishment (uai, name, kind, ownership, city, network_role)
                    VALUES (?, ?, ?, ?, ?, 'MEMBRE')""")) {
                for (int i = 0; i < rows; i++) {
                    String digits = String.format("%07d", 1_000_000 + i * 7);
                    int k = i % kinds.length;
                    ps.setString(1, Uai.check(digits + Uai.expectedLetter(digits)).value().code());
                    ps.setString(2, names[k] + " " + (i % 2 == 0 ? "Jean " : "Marie ") + "n° " + i);
                    ps.setString(3, kinds[k]);
                    ps.setString(4, i % 3 == 0 ? "PRIVE" : "PUBLIC");
                    ps.setString(5, cities[i % cities.length]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            new org.campuspilot.campus.CampusRepository(db).save(new org.campuspilot.campus.Campus("Banc d'essai",
                    org.campuspilot.shared.Sector.MATERIALS, null, null, false, null, null, null, null));
            return null;
        });
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void onFx(Runnable r) throws Exception {
        FxThread.run(r::run, 60);
    }

    /** Times the background work and the FX thread's CPU in the hand-overs (the callbacks). */
    static final class TimingRunner implements TaskRunner {
        private final TaskRunner delegate;
        private final java.util.concurrent.atomic.AtomicLong handOverNanos = new java.util.concurrent.atomic.AtomicLong();
        volatile double workMs;

        TimingRunner(TaskRunner delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            delegate.run(() -> {
                long t0 = System.nanoTime();
                T result = work.call();
                workMs = Math.max(workMs, ms(t0));
                return result;
            }, result -> {
                long t0 = fxCpu();
                onSuccess.accept(result);
                handOverNanos.addAndGet(fxCpu() - t0);
            }, onFailure);
        }

        void resetHandOver() {
            handOverNanos.set(0);
        }

        double handOverMs() {
            return handOverNanos.get() / 1e6;
        }

        void awaitIdle(FxTaskRunner runner) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            do {
                onFx(() -> {
                });
                Thread.sleep(5);
            } while (runner.isBusy() && System.nanoTime() < deadline);
            onFx(() -> {
            });
        }
    }

    /** The benchmark opens no file and switches nothing. */
    static final class NoActions implements AppActions {
        @Override
        public void createDatabase() {
        }

        @Override
        public void openDatabase() {
        }

        @Override
        public void openSharedDatabase() {
        }

        @Override
        public void openRecent(org.campuspilot.db.Location location) {
        }

        @Override
        public List<org.campuspilot.db.Location> recent() {
            return List.of();
        }

        @Override
        public void openDemo() {
        }

        @Override
        public void switchLanguage(Locale locale, org.campuspilot.app.Area keep) {
        }

        @Override
        public void switchTheme(boolean dark) {
        }

        @Override
        public boolean darkTheme() {
            return false;
        }

        @Override
        public void quit() {
        }

        @Override
        public org.campuspilot.backup.BackupsViewModel.Place backupPlace() {
            throw new UnsupportedOperationException("no backups in the benchmark");
        }
    }
}
