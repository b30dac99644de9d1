package org.campuspilot.report;

import java.io.ByteArrayInputStream;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.campuspilot.document.ChartImage;
import org.campuspilot.document.DocumentModel;
import org.campuspilot.ui.Messages;

/**
 * A {@link DocumentModel} laid out in the window, as the exported documents show it: title, headings, paragraphs,
 * tables (long ones cut after {@link #MAX_ROWS} rows, with a line saying how many more) and the same chart pictures.
 */
public final class DocumentPreview {
    static final int MAX_ROWS = 60;
    /** Narrow enough for the preview beside the screen's controls on a 1280-pixel window. */
    static final int CHART_WIDTH = 540;

    private DocumentPreview() {
    }

    /** The preview, with the charts already drawn as PNG ({@code images}); a chart not among them is drawn here. */
    public static VBox render(DocumentModel model, Messages messages,
            java.util.Map<DocumentModel.Chart, byte[]> images) {
        VBox page = new VBox(8);
        page.getStyleClass().add("document-preview");
        if (!model.hasCover()) {
            Label title = new Label(model.title());
            title.getStyleClass().add("title-2");
            page.getChildren().add(title);
            Label subtitle = new Label(model.subtitle());
            subtitle.setWrapText(true);
            subtitle.getStyleClass().add("text-muted");
            page.getChildren().add(subtitle);
        }
        for (DocumentModel.Block b : model.blocks()) {
            if (b instanceof DocumentModel.Cover c) {
                if (c.logo() != null) {
                    javafx.scene.image.ImageView logo = new javafx.scene.image.ImageView(new javafx.scene.image.Image(
                            new java.io.ByteArrayInputStream(c.logo().png())));
                    logo.setFitWidth(160);
                    logo.setFitHeight(80);
                    logo.setPreserveRatio(true);
                    logo.setId("coverLogo");
                    page.getChildren().add(logo);
                }
                Label kicker = new Label(c.kicker());
                kicker.getStyleClass().add("text-muted");
                Label title = new Label(c.title());
                title.getStyleClass().add("title-2");
                title.setWrapText(true);
                page.getChildren().addAll(kicker, title);
                for (String line : c.lines()) {
                    Label l = new Label(line);
                    l.setWrapText(true);
                    page.getChildren().add(l);
                }
            } else if (b instanceof DocumentModel.KeyFigures k) {
                javafx.scene.layout.FlowPane cards = new javafx.scene.layout.FlowPane(8, 8);
                for (DocumentModel.KeyFigure f : k.figures()) {
                    Label value = new Label(f.value());
                    value.getStyleClass().add("title-3");
                    Label label = new Label(f.label());
                    label.setWrapText(true);
                    Label before = new Label(f.comparison());
                    before.getStyleClass().add("text-muted");
                    before.setWrapText(true);
                    VBox card = new VBox(2, value, label, before);
                    card.getStyleClass().add("preview-key-figure");
                    card.setPrefWidth(190);
                    cards.getChildren().add(card);
                }
                page.getChildren().add(cards);
            } else if (b instanceof DocumentModel.Heading h) {
                Label l = new Label(h.text());
                l.getStyleClass().add(h.level() == 1 ? "title-3" : "preview-heading-2");
                l.setWrapText(true);
                page.getChildren().add(l);
            } else if (b instanceof DocumentModel.Paragraph p) {
                Label l = new Label(p.text());
                l.setWrapText(true);
                if (p.muted()) {
                    l.getStyleClass().add("text-muted");
                }
                page.getChildren().add(l);
            } else if (b instanceof DocumentModel.Table t) {
                page.getChildren().add(table(t, messages));
            } else if (b instanceof DocumentModel.Chart c) {
                byte[] png = images.get(c);
                ImageView view = new ImageView(new Image(new ByteArrayInputStream(png != null ? png
                        : ChartImage.png(c))));
                view.setPreserveRatio(true);
                view.setFitWidth(CHART_WIDTH);
                view.setSmooth(true);
                view.setAccessibleText(c.title());
                page.getChildren().add(view);
            }
        }
        return page;
    }

    private static Node table(DocumentModel.Table t, Messages messages) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("preview-table");
        grid.setHgap(0);
        grid.setVgap(0);
        float total = 0;
        for (DocumentModel.Column c : t.columns()) {
            total += c.width();
        }
        for (DocumentModel.Column c : t.columns()) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(c.width() / total * 100);
            cc.setHalignment(c.numeric() ? HPos.RIGHT : HPos.LEFT);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int row = 0;
        if (t.hasHeader()) {
            for (int c = 0; c < t.columns().size(); c++) {
                // A school year « 2022-2023 » is shown on two lines, after its hyphen: a narrow column would
                // otherwise wrap it inside a year (« 2022-202 » above « 3 »).
                grid.add(cell(t.columns().get(c).header().replaceAll("^(\\d{4}-)(\\d{4})$", "$1\n$2"),
                        "preview-header", t.columns().get(c).numeric()), c, row);
            }
            row++;
        }
        int shown = Math.min(MAX_ROWS, t.rows().size());
        for (int r = 0; r < shown; r++) {
            DocumentModel.Row data = t.rows().get(r);
            for (int c = 0; c < t.columns().size() && c < data.cells().size(); c++) {
                grid.add(cell(data.cells().get(c).text(), data.bold() ? "preview-bold" : "preview-cell",
                        t.columns().get(c).numeric()), c, row);
            }
            row++;
        }
        if (t.rows().size() > shown) {
            Label more = cell(messages.get("report.preview.more", t.rows().size() - shown), "preview-cell", false);
            grid.add(more, 0, row, t.columns().size(), 1);
        }
        return grid;
    }

    private static Label cell(String text, String style, boolean numeric) {
        Label l = new Label(text);
        l.setAlignment(numeric ? javafx.geometry.Pos.CENTER_RIGHT : javafx.geometry.Pos.CENTER_LEFT);
        l.setMinWidth(0);
        l.setMaxHeight(Double.MAX_VALUE);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setWrapText(true);
        return l;
    }
}
