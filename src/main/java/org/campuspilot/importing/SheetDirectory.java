package org.campuspilot.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuspilot.company.Company;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Uai;
import org.campuspilot.store.Stores;

/** The establishments and companies rows may name, by UAI, SIRET or name. */
final class SheetDirectory {
    final Map<String, Establishment> byUai = new HashMap<>();
    final Map<String, Company> byNumber = new HashMap<>();
    final Map<String, Organisation> byName = new HashMap<>();

    SheetDirectory(Stores stores) {
        for (Establishment e : stores.establishments().findAll()) {
            byUai.put(e.uai().code(), e);
            byName.putIfAbsent(NameKey.of(e.name()), Organisation.establishment(e.id(), e.name()));
        }
        for (Company c : stores.companies().findAll()) {
            byNumber.put(c.number().code(), c);
            if (c.number().siret() != null) {
                byNumber.putIfAbsent(c.number().siren().code(), c);
            }
            byName.putIfAbsent(NameKey.of(c.name()), Organisation.company(c.id(), c.name()));
        }
    }

    /** « 0350031U », a SIRET or a name: the organisation, or null after failing the row. */
    Organisation organisation(SheetRow row, String field, String text) {
        String s = text.strip();
        if (Uai.check(s).isOk()) {
            Establishment e = byUai.get(Uai.check(s).value().code());
            if (e == null) {
                row.fail(field, Problem.of("import.sheet.unknownEstablishment", s));
                return null;
            }
            return Organisation.establishment(e.id(), e.name());
        }
        String digits = s.replaceAll("\\s", "");
        if (digits.matches("\\d{9}|\\d{14}")) {
            Company c = byNumber.get(digits);
            if (c == null) {
                row.fail(field, Problem.of("import.sheet.unknownCompany", s));
                return null;
            }
            return Organisation.company(c.id(), c.name());
        }
        Organisation named = byName.get(NameKey.of(s));
        return named != null ? named : Organisation.other(s);
    }

    /** The establishments a list cell names by UAI (or by name). */
    List<Organisation> establishments(SheetRow row, String field) {
        List<Organisation> out = new ArrayList<>();
        for (String s : row.list(field)) {
            Organisation o = organisation(row, field, s);
            if (o != null && o.kind() != Organisation.Kind.ESTABLISHMENT) {
                row.fail(field, Problem.of("import.sheet.unknownEstablishment", s));
            } else if (o != null && !out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /** The companies a list cell names by SIRET (or by name). */
    List<Organisation> companies(SheetRow row, String field) {
        List<Organisation> out = new ArrayList<>();
        for (String s : row.list(field)) {
            Organisation o = organisation(row, field, s);
            if (o != null && o.kind() != Organisation.Kind.COMPANY) {
                row.fail(field, Problem.of("import.sheet.unknownCompany", s));
            } else if (o != null && !out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }
}
