package org.campuspilot.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campuspilot.shared.Organisation;

/** The establishments and companies a form offers in its combo boxes, read together and split by kind. */
public final class OrganisationChoices {
    private final ObservableList<Organisation> establishments = FXCollections.observableArrayList();
    private final ObservableList<Organisation> companies = FXCollections.observableArrayList();
    private java.util.Map<String, String> details = java.util.Map.of();

    /** Sets what tells the organisations apart (city and UAI or SIRET), by {@link Organisation#detailKey}. */
    public void setDetails(java.util.Map<String, String> details) {
        this.details = details;
    }

    /** The name followed by what tells it apart: « Lycée Chateaubriand · Rennes · 0350001A ». */
    public String label(Organisation o) {
        if (o == null || o.id() == null || o.kind() == Organisation.Kind.OTHER) {
            return o == null ? "" : o.name();
        }
        String d = details.getOrDefault(Organisation.detailKey(o.kind(), o.id()), "");
        return d.isEmpty() ? o.name() : o.name() + " · " + d;
    }

    /** Replaces the choices with these organisations (establishments and companies, any order within each kind). */
    public void setAll(List<Organisation> all) {
        establishments.setAll(all.stream().filter(o -> o.kind() == Organisation.Kind.ESTABLISHMENT).toList());
        companies.setAll(all.stream().filter(o -> o.kind() == Organisation.Kind.COMPANY).toList());
    }

    public ObservableList<Organisation> establishments() {
        return establishments;
    }

    public ObservableList<Organisation> companies() {
        return companies;
    }

    /**
     * The choice that is the same organisation as {@code o} (so that a combo box shows it selected), or {@code o}
     * itself when it is not among the choices; null stays null.
     */
    public Organisation same(Organisation o) {
        if (o == null || o.kind() == Organisation.Kind.OTHER) {
            return o;
        }
        List<Organisation> choices = o.kind() == Organisation.Kind.ESTABLISHMENT ? establishments : companies;
        return choices.stream().filter(o::sameAs).findFirst().orElse(o);
    }
}
