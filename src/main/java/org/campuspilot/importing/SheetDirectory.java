package org.campuspilot.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campuspilot.company.Company;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.shared.NameKey;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.Problem;
import org.campuspilot.shared.Uai;
import org.campuspilot.store.Stores;

/** The establishments and companies rows may name, by UAI, SIRET or name. */
final class SheetDirectory {
    /** What separates the values of a list cell (as {@link SheetRow#list} reads them). */
    private static final Pattern SEPARATORS = Pattern.compile("[|;,/\\n]+|\\s+et\\s+");

    final Map<String, Establishment> byUai = new HashMap<>();
    final Map<String, Company> byNumber = new HashMap<>();
    final Map<String, Organisation> byName = new HashMap<>();
    private final Map<Organisation.Kind, Map<String, Organisation>> byKindAndName = new HashMap<>();

    SheetDirectory(Stores stores) {
        for (Establishment e : stores.establishments().findAll()) {
            byUai.put(e.uai().code(), e);
            named(Organisation.establishment(e.id(), e.name()));
        }
        for (Company c : stores.companies().findAll()) {
            byNumber.put(c.number().code(), c);
            if (c.number().siret() != null) {
                byNumber.putIfAbsent(c.number().siren().code(), c);
            }
            named(Organisation.company(c.id(), c.name()));
        }
    }

    private void named(Organisation o) {
        byName.putIfAbsent(NameKey.of(o.name()), o);
        byKindAndName.computeIfAbsent(o.kind(), k -> new HashMap<>()).putIfAbsent(NameKey.of(o.name()), o);
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
        return list(row, field, Organisation.Kind.ESTABLISHMENT, "import.sheet.unknownEstablishment");
    }

    /** The companies a list cell names by SIRET (or by name). */
    List<Organisation> companies(SheetRow row, String field) {
        return list(row, field, Organisation.Kind.COMPANY, "import.sheet.unknownCompany");
    }

    /**
     * The organisations of a list cell. A name may hold a separator (« Lycée et section d'enseignement
     * professionnel… », « Capteurs et Systèmes Embarqués », as the exports write them): the longest run of parts
     * that names a known organisation of that kind is taken first, then each part alone.
     */
    private List<Organisation> list(SheetRow row, String field, Organisation.Kind kind, String unknownKey) {
        String cell = row.text(field);
        List<Organisation> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = SEPARATORS.matcher(cell);
        int last = 0;
        while (m.find()) {
            parts.add(cell.substring(last, m.start()));
            separators.add(m.group());
            last = m.end();
        }
        parts.add(cell.substring(last));
        Map<String, Organisation> names = byKindAndName.getOrDefault(kind, Map.of());
        for (int i = 0; i < parts.size(); ) {
            Organisation o = null;
            int next = i + 1;
            for (int j = parts.size(); j > i + 1 && o == null; j--) {
                StringBuilder joined = new StringBuilder(parts.get(i));
                for (int k = i + 1; k < j; k++) {
                    joined.append(separators.get(k - 1)).append(parts.get(k));
                }
                o = names.get(NameKey.of(joined.toString().strip()));
                next = j;
            }
            if (o == null) {
                next = i + 1;
                String s = parts.get(i).strip();
                if (!s.isEmpty()) {
                    o = names.containsKey(NameKey.of(s)) ? names.get(NameKey.of(s)) : organisation(row, field, s);
                    if (o != null && o.kind() != kind) {
                        row.fail(field, Problem.of(unknownKey, s));
                        o = null;
                    }
                }
            }
            if (o != null && !out.contains(o)) {
                out.add(o);
            }
            i = next;
        }
        return out;
    }
}
