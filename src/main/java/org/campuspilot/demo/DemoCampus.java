package org.campuspilot.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.campuspilot.campus.Campus;
import org.campuspilot.db.Database;
import org.campuspilot.db.Location;
import org.campuspilot.db.NewFile;
import org.campuspilot.establishment.AnnuaireMapping;
import org.campuspilot.establishment.Establishment;
import org.campuspilot.establishment.NetworkRole;
import org.campuspilot.shared.Sector;
import org.campuspilot.shared.Siret;
import org.campuspilot.store.Stores;

/**
 * The demo campus: a fictional association, « Campus Industrie du futur Haute-Bretagne », whose members are real
 * establishments of Ille-et-Vilaine, verbatim rows of the Annuaire de l'éducation (export of 2023).
 */
public final class DemoCampus {
    static final String SUPPORT_UAI = "0350031U";
    /** The association's own SIRET (fictional, Luhn-valid), never the support lycée's or a member's. */
    static final String ASSOCIATION_SIRET = "82451739500011";
    private static final Set<String> ASSOCIATES = Set.of("0351975G", "0352719R");

    private DemoCampus() {
    }

    /**
     * True when the file exists and already holds a campus.
     *
     * @param stores the repositories of an opened file (the composition root builds them)
     */
    public static boolean isPopulated(Path file, Function<Database, Stores> stores) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            if (Files.size(file) == 0) {
                return false;
            }
            Database db = Database.open(file);
            try {
                return stores.apply(db).campus().find().isPresent();
            } finally {
                db.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the demo campus in a new file.
     *
     * @param stores the repositories of the opened file (the composition root builds them)
     * @throws NewFile.AlreadyThere when the file exists and is not empty: it is never touched
     */
    public static Database create(Path file, Function<Database, Stores> stores) {
        // Built whole in a hidden file, then renamed: a killed creation leaves no half campus under the name.
        return NewFile.build(file, Database.Options.DEFAULT, db -> {
            Stores opened = stores.apply(db);
            db.inTransaction(c -> {
                fill(opened);
                return null;
            });
        });
    }

    /**
     * Creates the demo campus where it is asked: a new file, or an empty database on a server (in one transaction:
     * a failure leaves it empty).
     *
     * @throws NewFile.AlreadyThere when the file or the database already holds a campus: it is never touched
     */
    public static Database create(Location location, Database.Options options, Function<Database, Stores> stores) {
        if (location instanceof Location.File f) {
            return create(f.path(), stores);
        }
        Database db = Database.open(location, options);
        Stores opened = stores.apply(db);
        db.inTransaction(c -> {
            if (opened.campus().find().isPresent()) {
                throw new NewFile.AlreadyThere(location.display());
            }
            fill(opened);
            return null;
        });
        return db;
    }

    static void fill(Stores stores) {
        stores.campus().save(new Campus(
                "Campus Industrie du futur Haute-Bretagne",
                Sector.INNOVATIVE_SYSTEMS_MECHATRONICS,
                "Rennes",
                "Bretagne",
                true,
                LocalDate.of(2022, 9, 1),
                LocalDate.of(2027, 8, 31),
                "Association Campus Industrie du futur Haute-Bretagne",
                new Siret(ASSOCIATION_SIRET)));
        stores.campus().saveLogo(org.campuspilot.campus.CampusLogo.of("logo-campus-industrie-du-futur.png",
                DemoLogo.png()));
        var establishments = stores.establishments();
        int n = 0;
        for (Establishment e : members()) {
            LocalDate since = LocalDate.of(2022, 9, 1).plusMonths(n % 3 * 12L);
            establishments.insert(new Establishment(null, e.uai(), e.name(), e.kind(), e.ownership(), e.siret(),
                    e.street(), e.postalCode(), e.city(), e.phone(), e.email(), e.website(), e.role(), since,
                    n == 7 ? LocalDate.of(2025, 8, 31) : null, since.minusMonths(2), null));
            n++;
        }
        DemoDirectory.fill(stores);
        DemoEvents.fill(stores);
        DemoActions.fill(stores);
        DemoGrant.fill(stores);
        DemoLabel.fill(stores);
    }

    /** The members, from the demo extract of the annuaire. */
    static List<Establishment> members() {
        List<Establishment> out = new ArrayList<>();
        try (Reader r = new InputStreamReader(DemoCampus.class.getResourceAsStream("annuaire-demo.csv"),
                StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord record : format.parse(r)) {
                var row = AnnuaireMapping.row(record.toMap());
                String uai = row.get("Identifiant_de_l_etablissement");
                NetworkRole role = SUPPORT_UAI.equals(uai) ? NetworkRole.SUPPORT
                        : ASSOCIATES.contains(uai) ? NetworkRole.ASSOCIE : NetworkRole.MEMBRE;
                out.add(AnnuaireMapping.toEstablishment(row, role).value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
