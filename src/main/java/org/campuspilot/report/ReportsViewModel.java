package org.campuspilot.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campuspilot.document.DocumentFiles.Format;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.ui.DialogService;
import org.campuspilot.ui.FileExport;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.TaskRunner;

/**
 * The reports screen: choose a period (civil or school year), write the report's texts for it, preview the
 * rapport d'activité, export it as PDF or ODT, and export the Région workbook of a year as ODS or XLSX. Reading,
 * building and writing run in the background; {@link #busy()} is true meanwhile.
 */
public final class ReportsViewModel {
    private final ReportDocuments documents;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    private final ObjectProperty<ReportPeriod.Kind> kind = new SimpleObjectProperty<>(ReportPeriod.Kind.SCHOOL);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> regionYear = new SimpleObjectProperty<>();
    private final Map<ReportTexts.Section, StringProperty> texts = new EnumMap<>(ReportTexts.Section.class);
    private final ObjectProperty<DocumentModel> preview = new SimpleObjectProperty<>();
    /** The preview's charts drawn as PNG, in the background with the model (drawing them cost the FX thread). */
    private Map<DocumentModel.Chart, byte[]> chartImages = Map.of();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private Map<ReportTexts.Section, String> saved = Map.of();

    public ReportsViewModel(ReportDocuments documents, TaskRunner tasks, DialogService dialogs, Messages messages,
            Clock clock) {
        this.documents = documents;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        for (ReportTexts.Section s : ReportTexts.Section.values()) {
            texts.put(s, new SimpleStringProperty(""));
        }
        LocalDate today = LocalDate.now(clock);
        ReportPeriod current = ReportPeriod.current(ReportPeriod.Kind.SCHOOL, today);
        // The report is written as a school year ends: from September on, the one that has just ended.
        year.set(today.getMonthValue() >= 9 ? current.year() - 1 : current.year());
        regionYear.set(today.getYear() - (today.getMonthValue() < 7 ? 1 : 0));
    }

    /** The years offered, most recent first: from next year down to ten years back. */
    public List<Integer> years() {
        return ReportPeriod.offeredYears(LocalDate.now(clock));
    }

    public ReportPeriod period() {
        return new ReportPeriod(kind.get(), year.get());
    }

    /** Reads the chosen period's texts (after the period changed). */
    public void loadTexts() {
        ReportPeriod p = period();
        busy.set(true);
        tasks.run(() -> documents.texts().of(p), read -> {
            busy.set(false);
            saved = Map.copyOf(read);
            for (ReportTexts.Section s : ReportTexts.Section.values()) {
                texts.get(s).set(read.getOrDefault(s, ""));
            }
            status.set("");
        }, failure -> {
            busy.set(false);
            status.set(messages.get("report.screen.readFailed"));
        });
    }

    /** Asks whether the texts typed and not saved may be dropped (another period was chosen). */
    public boolean confirmDropTexts() {
        return dialogs.confirm(messages.get("report.screen.unsavedTitle"), messages.get("report.screen.unsaved",
                period().label()), messages.get("report.screen.drop"));
    }

    /** True when a text differs from what is kept for the period. */
    public boolean textsChanged() {
        return texts.entrySet().stream().anyMatch(e -> !e.getValue().get().strip()
                .equals(saved.getOrDefault(e.getKey(), "").strip()));
    }

    private Map<ReportTexts.Section, String> currentTexts() {
        Map<ReportTexts.Section, String> out = new EnumMap<>(ReportTexts.Section.class);
        texts.forEach((s, p) -> out.put(s, p.get()));
        return out;
    }

    public void saveTexts() {
        ReportPeriod p = period();
        Map<ReportTexts.Section, String> values = currentTexts();
        busy.set(true);
        tasks.run(() -> {
            documents.texts().save(p, values, Instant.now(clock));
            return values;
        }, done -> {
            busy.set(false);
            saved = Map.copyOf(done);
            status.set(messages.get("report.screen.saved", p.label()));
        }, failure -> {
            busy.set(false);
            status.set(messages.get("report.screen.saveFailed"));
        });
    }

    /** Builds the report as it would be exported (with the texts as typed) for the preview. */
    public void preview() {
        ReportPeriod p = period();
        Map<ReportTexts.Section, String> values = currentTexts();
        busy.set(true);
        status.set(messages.get("report.screen.building"));
        tasks.run(() -> {
            DocumentModel model = documents.activityReport(p, values);
            return Map.entry(model, org.campuspilot.document.ChartImage.pngs(model));
        }, built -> {
            busy.set(false);
            status.set("");
            chartImages = built.getValue();
            preview.set(built.getKey());
        }, failure -> {
            busy.set(false);
            status.set(messages.get("report.screen.buildFailed"));
        });
    }

    /**
     * Says which sections are empty (they are left out) and asks to go on, then asks where and writes the rapport
     * d'activité (with the texts as typed) in the background.
     */
    public void exportReport(Format format) {
        ReportPeriod p = period();
        Map<ReportTexts.Section, String> values = currentTexts();
        String title = messages.get("report.screen.exportTitle");
        tasks.run(() -> documents.emptySections(values), empty -> {
            if (!empty.isEmpty() && !dialogs.confirm(title, messages.get("report.export.empty", bullets(empty)),
                    messages.get("report.export.withoutEmpty"))) {
                return;
            }
            dialogs.chooseFileToSave(title, messages.get("report.file", p.label()) + "." + format.extension())
                    .ifPresent(path -> write(title, path, target -> documents.write(documents.activityReport(p,
                            values), format, target)));
        }, failure -> status.set(messages.get("report.screen.buildFailed")));
    }

    /** « • Introduction » and « • Perspectives », one a line. */
    static String bullets(List<String> items) {
        return String.join("\n", items.stream().map(i -> "\u2022 " + i).toList());
    }

    /** Asks where, then writes the Région workbook of the chosen year in the background. */
    public void exportRegion(Format format) {
        int y = regionYear.get();
        String title = messages.get("region.screen.exportTitle");
        dialogs.chooseFileToSave(title, messages.get("region.file", String.valueOf(y)) + "." + format.extension())
                .ifPresent(path -> write(title, path, target -> documents.write(documents.regionWorkbook(y), format,
                        target)));
    }

    private void write(String title, Path path, FileExport.Writer writer) {
        busy.set(true);
        status.set(messages.get("report.screen.writing", path.getFileName().toString()));
        FileExport.write(tasks, dialogs, messages, title, path, writer, p -> messages.get("report.screen.written", p),
                p -> messages.get("document.write.failed", p), () -> {
                    busy.set(false);
                    status.set("");
                });
    }

    public ObjectProperty<ReportPeriod.Kind> kind() {
        return kind;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ObjectProperty<Integer> regionYear() {
        return regionYear;
    }

    public StringProperty text(ReportTexts.Section s) {
        return texts.get(s);
    }

    public ObjectProperty<DocumentModel> previewModel() {
        return preview;
    }

    /** The charts of the preview shown, as PNG. */
    public Map<DocumentModel.Chart, byte[]> chartImages() {
        return chartImages;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty status() {
        return status;
    }
}
