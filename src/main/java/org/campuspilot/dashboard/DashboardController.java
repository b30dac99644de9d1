package org.campuspilot.dashboard;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.campuspilot.establishment.EstablishmentKind;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.ui.Messages;
import org.campuspilot.ui.Navigator;
import org.campuspilot.ui.Refreshable;

/** Shows the campus at a glance; more figures arrive with each feature. */
public final class DashboardController implements Refreshable {
    private final DashboardViewModel vm;
    private final Messages messages;
    private final Navigator navigator;

    @FXML private Label campusName;
    @FXML private Label campusSector;
    @FXML private Label campusLabel;
    @FXML private Label campusSupport;
    @FXML private Label membersFigure;
    @FXML private Label membersDetail;
    @FXML private GridPane byKindGrid;
    @FXML private VBox labelWarning;
    @FXML private Label labelWarningText;
    @FXML private Label problemLabel;
    @FXML private Label companiesFigure;
    @FXML private Label companiesDetail;
    @FXML private Hyperlink reviewLink;
    @FXML private javafx.scene.layout.VBox nextEventsBox;
    @FXML private Label noEventLabel;
    @FXML private Hyperlink toCompleteLink;
    @FXML private Label financeTitle;
    @FXML private Label financeFigure;
    @FXML private Label financeDetail;
    @FXML private Label financeResult;
    @FXML private Label financeGrants;
    @FXML private javafx.scene.layout.VBox deadlinesBox;
    @FXML private Label noDeadlineLabel;
    @FXML private YearGlanceController yearController;
    private YearGlanceController year;
    private final javafx.beans.property.ReadOnlyBooleanWrapper summaryShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private javafx.beans.binding.BooleanBinding figuresShown;

    public DashboardController(DashboardViewModel vm, Messages messages, Navigator navigator) {
        this.vm = vm;
        this.messages = messages;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        year = yearController;
        figuresShown = summaryShown.and(year.figuresShown());
        labelWarning.setVisible(false);
        labelWarning.setManaged(false);
        vm.summary().addListener((o, a, s) -> show(s));
        vm.problem().addListener((o, a, p) -> problemLabel.setText(p == null ? "" : messages.get(p)));
        vm.load();
    }

    private void show(DashboardViewModel.Summary s) {
        if (s.campus() != null) {
            campusName.setText(s.campus().name());
            campusSector.setText(messages.get("dashboard.sector", messages.get(s.campus().sector().messageKey()))
                    + (s.campus().excellence() ? " · " + messages.get("dashboard.excellence") : ""));
            campusLabel.setText(s.campus().labelStart() == null && s.campus().labelEnd() == null
                    ? messages.get("dashboard.label.unknown")
                    : messages.get("dashboard.label.dates", FrenchFormats.date(s.campus().labelStart()),
                            FrenchFormats.date(s.campus().labelEnd())));
        }
        campusSupport.setText(s.support().map(e -> messages.get("dashboard.support", e.name()))
                .orElse(messages.get("dashboard.support.none")));
        membersFigure.setText(String.valueOf(s.currentMembers()));
        membersDetail.setText(messages.get("dashboard.members.detail", s.currentMembers(), s.members()));
        byKindGrid.getChildren().clear();
        int row = 0;
        for (Map.Entry<EstablishmentKind, Integer> e : s.currentByKind().entrySet()) {
            Label kind = new Label(messages.get(e.getKey().messageKey()));
            Label count = new Label(String.valueOf(e.getValue()));
            count.getStyleClass().add("figure-small");
            byKindGrid.addRow(row++, kind, count);
        }
        DashboardViewModel.Directory d = s.directory();
        companiesFigure.setText(String.valueOf(d.companies()));
        companiesDetail.setText(messages.get("dashboard.companies.detail", d.activeConventions(), d.contacts()));
        reviewLink.setText(messages.get("dashboard.contacts.review", d.reviewDue()));
        reviewLink.setVisible(d.reviewDue() > 0);
        reviewLink.setManaged(d.reviewDue() > 0);
        nextEventsBox.getChildren().clear();
        for (org.campuspilot.event.Event e : s.nextEvents()) {
            var t = e.timing();
            String when = FrenchFormats.date(t.startDate()) + (t.allDay() ? "" : " " + FrenchFormats.time(t.startTime()));
            Hyperlink link = new Hyperlink(messages.get("dashboard.events.item", when, e.title()));
            link.setId("nextEvent_" + e.id());
            link.setWrapText(true);
            link.setOnAction(a -> navigator.openEvent(e.id()));
            nextEventsBox.getChildren().add(link);
        }
        noEventLabel.setVisible(s.nextEvents().isEmpty());
        noEventLabel.setManaged(s.nextEvents().isEmpty());
        toCompleteLink.setText(messages.get("dashboard.events.toComplete", s.eventsToComplete()));
        toCompleteLink.setVisible(s.eventsToComplete() > 0);
        toCompleteLink.setManaged(s.eventsToComplete() > 0);
        showFinance(s.finance());
        Long days = s.labelDaysLeft();
        boolean warn = days != null && days < 365;
        labelWarning.setVisible(warn);
        labelWarning.setManaged(warn);
        if (warn) {
            labelWarningText.setText(days < 0 ? messages.get("dashboard.label.ended")
                    : messages.get("dashboard.label.endsSoon", days));
        }
        summaryShown.set(true);
    }

    /** True once the view holds the network's figures and the year's (what the start-up benchmark waits for). */
    public javafx.beans.value.ObservableBooleanValue figuresShown() {
        return figuresShown;
    }

    /** The year's charges committed against the forecast, the result so far, the grants, the next deadlines. */
    private void showFinance(DashboardViewModel.Finance f) {
        var forecast = f.followUp().forecastTotals();
        var actual = f.followUp().actualTotals();
        financeTitle.setText(messages.get("dashboard.finance.title", String.valueOf(f.year())));
        Double executed = actual.charges().percentOf(forecast.charges());
        financeFigure.setText(executed == null ? "—" : FrenchFormats.percent(executed));
        financeDetail.setText(messages.get("dashboard.finance.detail", actual.charges().display(),
                forecast.charges().display(), f.followUp().paidTotals().charges().display(),
                f.followUp().overspent().size()));
        financeResult.setText(messages.get("dashboard.finance.result", new org.campuspilot.grant.GrantDocuments(
                messages).describe(actual.result())));
        financeGrants.setText(messages.get("dashboard.finance.grants", f.awarded().display(),
                f.received().display()));
        deadlinesBox.getChildren().clear();
        for (org.campuspilot.grant.Deadline d : f.deadlines()) {
            String when = d.date() == null ? messages.get("dashboard.deadlines.undated") : FrenchFormats.date(d.date());
            String text = d.kind() == org.campuspilot.grant.Deadline.Kind.REPORT
                    ? messages.get("dashboard.deadlines.report", when, d.grantLabel())
                    : messages.get("dashboard.deadlines.instalment", when, d.amount().display(), d.grantLabel());
            Hyperlink link = new Hyperlink((d.late() ? messages.get("dashboard.deadlines.late") + " " : "") + text);
            link.setId("deadline_" + d.grantId() + "_" + d.kind().name() + "_" + deadlinesBox.getChildren().size());
            link.setWrapText(true);
            if (d.late()) {
                link.getStyleClass().add("late");
            }
            link.setOnAction(a -> navigator.openGrant(d.grantId()));
            deadlinesBox.getChildren().add(link);
        }
        noDeadlineLabel.setVisible(f.deadlines().isEmpty());
        noDeadlineLabel.setManaged(f.deadlines().isEmpty());
    }

    @FXML
    private void onShowGrant() {
        navigator.showGrant();
    }

    @Override
    public void refresh() {
        vm.load();
        year.refresh();
    }

    @FXML
    private void onEditCampus() {
        navigator.showCampusIdentity();
    }

    @FXML
    private void onShowCompanies() {
        navigator.showCompanies();
    }

    @FXML
    private void onShowToComplete() {
        navigator.showEventsToComplete();
    }

    @FXML
    private void onShowReview() {
        navigator.showContactReview();
    }

    @FXML
    private void onShowEstablishments() {
        navigator.showEstablishments();
    }

    @FXML
    private void onLabelBilan() {
        navigator.showLabel();
    }
}
