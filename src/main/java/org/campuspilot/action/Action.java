package org.campuspilot.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.campuspilot.shared.Hours;
import org.campuspilot.shared.OrderedSets;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.SchoolYear;
import org.campuspilot.shared.TrainingLevel;

/**
 * A pedagogical action of the campus, for learners of one or several training levels in one school year.
 *
 * @param hoursPerBeneficiary hours each beneficiary received, when the same for all; null otherwise
 * @param totalHours hours delivered in all: computed from the hours per beneficiary when known, typed otherwise
 * @param contactIds the people who lead the action or speak in it
 * @param contacts their names as last read, in the same order
 * @param mobility the international side, for a mobility action; null otherwise
 */
public record Action(
        Long id,
        String title,
        ActionType type,
        Set<TrainingLevel> levels,
        SchoolYear schoolYear,
        LocalDate startDate,
        LocalDate endDate,
        ActionStatus status,
        List<Organisation> establishments,
        List<Organisation> companies,
        List<Long> contactIds,
        List<String> contacts,
        String objectives,
        String description,
        Beneficiaries beneficiaries,
        Hours hoursPerBeneficiary,
        Hours totalHours,
        Mobility mobility,
        Instant updatedAt) {

    public Action {
        levels = OrderedSets.of(TrainingLevel.class, levels);
        establishments = List.copyOf(establishments == null ? List.of() : establishments);
        companies = List.copyOf(companies == null ? List.of() : companies);
        contactIds = List.copyOf(contactIds == null ? List.of() : contactIds);
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
        beneficiaries = beneficiaries == null ? Beneficiaries.NONE : beneficiaries;
    }

    public Action withId(long newId, Instant at) {
        return new Action(newId, title, type, levels, schoolYear, startDate, endDate, status, establishments,
                companies, contactIds, contacts, objectives, description, beneficiaries, hoursPerBeneficiary,
                totalHours, mobility, at);
    }

    /** The hours delivered: per beneficiary times the people reached when that is known, else as typed. */
    public Hours hoursDelivered() {
        if (hoursPerBeneficiary != null && beneficiaries.actualTotal() > 0) {
            return hoursPerBeneficiary.times(beneficiaries.actualTotal());
        }
        return totalHours == null ? Hours.ZERO : totalHours;
    }
}
