package org.campuspilot.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.campuspilot.company.Company;
import org.campuspilot.company.CompanyRepository;
import org.campuspilot.company.PartnershipKind;
import org.campuspilot.company.SizeBand;
import org.campuspilot.contact.Contact;
import org.campuspilot.contact.ContactRepository;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.shared.CompanyNumber;
import org.campuspilot.shared.EmailAddress;
import org.campuspilot.shared.Naf;
import org.campuspilot.shared.NafVersion;
import org.campuspilot.shared.Organisation;
import org.campuspilot.shared.PhoneNumber;
import org.campuspilot.shared.PostalCode;
import org.campuspilot.shared.Siret;
import org.campuspilot.shared.Text;
import org.campuspilot.store.Stores;

/**
 * The demo campus's directory: 20 fictional partner companies around Rennes (valid SIRETs made up for the demo) and
 * 40 contacts in the establishments, the companies and the Région, rectorat and consular chambers. A few people have
 * had no contact for more than three years, so that the personal-data review list has something to show.
 */
final class DemoDirectory {
    private DemoDirectory() {
    }

    static void fill(Stores stores) {
        CompanyRepository companies = stores.companies();
        ContactRepository contacts = stores.contacts();
        Map<String, Company> bySiret = new HashMap<>();
        read("companies-demo.csv", r -> {
            Company c = companies.insert(new Company(null, CompanyNumber.of(new Siret(r.get("siret"))), r.get("name"),
                    new Naf(r.get("naf"), NafVersion.REV2), SizeBand.valueOf(r.get("size")), text(r, "activity"),
                    text(r, "street"), new PostalCode(r.get("postal_code")), r.get("city"), text(r, "website"),
                    Arrays.stream(r.get("partnerships").split("\\|")).map(PartnershipKind::valueOf)
                            .collect(Collectors.toSet()),
                    date(r, "convention_signed_on"), date(r, "convention_ends_on"), null, text(r, "notes")));
            bySiret.put(c.number().code(), c);
        });
        Map<String, Establishment> byUai = stores.establishments().findAll().stream()
                .collect(Collectors.toMap(e -> e.uai().code(), e -> e));
        read("contacts-demo.csv", r -> {
            String[] org = r.get("organisation").split(":", 2);
            Organisation o = switch (org[0]) {
                case "E" -> Organisation.establishment(byUai.get(org[1]).id(), byUai.get(org[1]).name());
                case "C" -> Organisation.company(bySiret.get(org[1]).id(), bySiret.get(org[1]).name());
                default -> Organisation.other(org[1]);
            };
            String phone = text(r, "phone");
            Contact c = contacts.insert(new Contact(null, r.get("first_name"), r.get("last_name"), text(r, "role"),
                    new EmailAddress(r.get("email")), phone == null ? null : PhoneNumber.check(phone).value(), o,
                    date(r, "last_contact_on"), text(r, "notes"), date(r, "created_on"), null, null));
            if (o.kind() == Organisation.Kind.COMPANY) {
                Company company = bySiret.get(org[1]);
                if (company.mainContactId() == null) {
                    Company withMain = new Company(company.id(), company.number(), company.name(), company.naf(),
                            company.size(), company.activity(), company.street(), company.postalCode(),
                            company.city(), company.website(), company.partnerships(), company.conventionSignedOn(),
                            company.conventionEndsOn(), c.id(), company.notes());
                    companies.update(withMain);
                    bySiret.put(org[1], withMain);
                }
            }
        });
    }

    private static String text(CSVRecord r, String column) {
        return Text.blankToNull(r.get(column));
    }

    private static LocalDate date(CSVRecord r, String column) {
        String s = text(r, column);
        return s == null ? null : LocalDate.parse(s);
    }

    static void read(String resource, Consumer<CSVRecord> each) {
        try (Reader reader = new InputStreamReader(DemoDirectory.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get();
            List<CSVRecord> records = format.parse(reader).getRecords();
            records.forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
