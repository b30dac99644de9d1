package org.campuspilot.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.PartnershipKind;
import org.campuspilot.company.SizeBand;
import org.campuspilot.shared.CompanyNumber;
import org.campuspilot.shared.FrenchFormats;
import org.campuspilot.shared.Naf;
import org.campuspilot.shared.NafVersion;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Problem;

/** A spreadsheet row of partner companies, read with the company form's checks. */
final class CompanySheet implements SheetTypes.SheetType<Company> {
    private final CompanyRepository repository;
    private final Clock clock;

    CompanySheet(CompanyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Company read(SheetRow row) {
        CompanyNumber number = row.requiredChecked("number", CompanyNumber::check);
        String name = row.required("name");
        NafVersion version = NafVersion.inForceOn(LocalDate.now(clock));
        Naf naf = row.checked("naf", s -> Naf.check(s, version));
        SizeBand size = row.choice("size", SizeBand.class, SizeBand::messageKey);
        PostalCode postalCode = row.checked("postalCode", PostalCode::check);
        Set<PartnershipKind> partnerships = EnumSet.noneOf(PartnershipKind.class);
        for (String s : row.list("partnerships")) {
            PartnershipKind p = row.choice("partnerships", s, PartnershipKind.class, PartnershipKind::messageKey);
            if (p != null) {
                partnerships.add(p);
            }
        }
        LocalDate signed = row.checked("conventionSignedOn", FrenchFormats::parseDate);
        LocalDate ends = row.checked("conventionEndsOn", FrenchFormats::parseDate);
        if (signed != null && ends != null && ends.isBefore(signed)) {
            row.fail("conventionEndsOn", Problem.of("validation.dates.endBeforeStart", FrenchFormats.date(ends),
                    FrenchFormats.date(signed)));
        }
        if (!row.ok()) {
            return null;
        }
        return new Company(null, number, name, naf, size, row.text("activity"), row.text("street"), postalCode,
                row.text("city"), row.text("website"), partnerships, signed, ends, null, row.text("notes"));
    }

    @Override
    public String key(Company c) {
        return c.number().code();
    }

    @Override
    public String label(Company c) {
        return c.name() + " (" + c.number().display() + ")";
    }

    @Override
    public Map<String, String> existing() {
        Map<String, String> out = new HashMap<>();
        repository.findAll().forEach(c -> out.put(key(c), label(c)));
        return out;
    }

    @Override
    public void insert(Company c) {
        repository.insert(c);
    }
}
