package org.campuspilot.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.campuspilot.ui.Messages;

/** A spreadsheet row of partner companies, read with the company form's checks. */
final class CompanySheet implements SheetTypes.SheetType<Company> {
    private final CompanyRepository repository;
    private final Clock clock;
    private final List<SheetField<Company>> fields;

    CompanySheet(CompanyRepository repository, Clock clock, Messages messages) {
        this.repository = repository;
        this.clock = clock;
        this.fields = List.of(
                SheetField.of("name", Company::name),
                SheetField.of("naf", c -> c.naf() == null ? null : c.naf().code()),
                SheetField.of("size", c -> c.size() == null ? null : messages.get(c.size().messageKey())),
                SheetField.of("activity", Company::activity),
                SheetField.of("street", Company::street),
                SheetField.of("postalCode", c -> SheetField.text(c.postalCode())),
                SheetField.of("city", Company::city),
                SheetField.of("website", Company::website),
                SheetField.of("partnerships", c -> c.partnerships().isEmpty() ? null : c.partnerships().stream()
                        .sorted().map(k -> messages.get(k.messageKey())).collect(Collectors.joining(", "))),
                SheetField.of("conventionSignedOn", c -> date(c.conventionSignedOn())),
                SheetField.of("conventionEndsOn", c -> date(c.conventionEndsOn())),
                SheetField.of("notes", Company::notes));
    }

    private static String date(LocalDate d) {
        return d == null ? null : FrenchFormats.date(d);
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
        Problem crossed = crossed(signed, ends);
        if (crossed != null) {
            row.fail("conventionEndsOn", crossed);
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

    private static Problem crossed(LocalDate signed, LocalDate ends) {
        return signed != null && ends != null && ends.isBefore(signed) ? Problem.of("validation.dates.endBeforeStart",
                FrenchFormats.date(ends), FrenchFormats.date(signed)) : null;
    }

    @Override
    public List<Company> stored() {
        return repository.findAll();
    }

    @Override
    public long id(Company c) {
        return c.id();
    }

    @Override
    public Optional<Company> find(long id) {
        return repository.findById(id);
    }

    @Override
    public void insert(Company c) {
        repository.insert(c);
    }

    @Override
    public List<SheetField<Company>> fields() {
        return fields;
    }

    @Override
    public Company merge(Company s, Company r, Set<String> f) {
        return new Company(s.id(), s.number(),
                f.contains("name") ? r.name() : s.name(),
                f.contains("naf") ? r.naf() : s.naf(),
                f.contains("size") ? r.size() : s.size(),
                f.contains("activity") ? r.activity() : s.activity(),
                f.contains("street") ? r.street() : s.street(),
                f.contains("postalCode") ? r.postalCode() : s.postalCode(),
                f.contains("city") ? r.city() : s.city(),
                f.contains("website") ? r.website() : s.website(),
                f.contains("partnerships") ? r.partnerships() : s.partnerships(),
                f.contains("conventionSignedOn") ? r.conventionSignedOn() : s.conventionSignedOn(),
                f.contains("conventionEndsOn") ? r.conventionEndsOn() : s.conventionEndsOn(),
                s.mainContactId(),
                f.contains("notes") ? r.notes() : s.notes());
    }

    @Override
    public Problem check(Company stored, Company read, Set<String> fields) {
        Company merged = merge(stored, read, fields);
        return crossed(merged.conventionSignedOn(), merged.conventionEndsOn());
    }

    @Override
    public void update(Company c) {
        repository.update(c);
    }
}
