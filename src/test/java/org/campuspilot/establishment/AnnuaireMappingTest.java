package org.campuspilot.establishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campuspilot.shared.Problem;
import org.campuspilot.ui.Messages;
import org.junit.jupiter.api.Test;

/** An annuaire row's invalid values are kept out of the establishment, each said, never dropped silently. */
class AnnuaireMappingTest {
    private static final Messages FR = Messages.load(Messages.FRENCH);

    private static Map<String, String> row(String... columnsAndValues) {
        Map<String, String> raw = new HashMap<>(Map.of("Identifiant_de_l_etablissement", "0350031U",
                "Nom_etablissement", "Lycée Jean Moulin", "Telephone", "0299123456", "Mail", "ce.0350031U@ac-rennes.fr",
                "Code_postal", "35000", "SIREN_SIRET", "19350031100017", "Web", "http://www.lycee-jean-moulin.fr"));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            raw.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return AnnuaireMapping.row(raw);
    }

    @Test
    void aValidRowHasNoWarning() {
        AnnuaireMapping.Mapped m = AnnuaireMapping.map(row(), NetworkRole.MEMBRE).value();
        assertEquals(List.of(), m.warnings());
        assertEquals("0299123456", m.establishment().phone().digits());
        assertEquals("ce.0350031U@ac-rennes.fr", m.establishment().email().address());
        assertEquals("35000", m.establishment().postalCode().code());
        assertEquals("19350031100017", m.establishment().siret().code());
        assertEquals("http://www.lycee-jean-moulin.fr", m.establishment().website());
    }

    @Test
    void eachInvalidValueIsKeptOutWithAWarningNamingTheField() {
        AnnuaireMapping.Mapped m = AnnuaireMapping.map(row("Telephone", "02 99", "Mail", "ce.0350031U.ac-rennes.fr",
                "Code_postal", "3500A", "SIREN_SIRET", "19350031100018", "Web", "lycée jean moulin"),
                NetworkRole.MEMBRE).value();
        Establishment e = m.establishment();
        assertNull(e.phone());
        assertNull(e.email());
        assertNull(e.postalCode());
        assertNull(e.siret());
        assertNull(e.website());
        assertEquals("Lycée Jean Moulin", e.name(), "the rest of the record is kept");
        assertEquals(List.of("siret", "postalCode", "phone", "email", "website"), m.warnings().stream()
                .map(w -> ((Problem) w.args().get(1)).key().replace("import.field.", "")).toList());
        assertEquals("Le numéro 02 99 n'est pas valide : saisissez 10 chiffres commençant par 0 (02 99 12 34 56) ou "
                + "+33 suivi de 9 chiffres. L'établissement est importé avec le champ « Téléphone » vide : "
                + "complétez-le dans sa fiche.", FR.get(m.warnings().get(2)));
        assertTrue(FR.get(m.warnings().get(4)).startsWith("L'adresse de site web lycée jean moulin n'est pas valide"),
                FR.get(m.warnings().get(4)));
    }

    @Test
    void blankValuesAreSimplyAbsent() {
        AnnuaireMapping.Mapped m = AnnuaireMapping.map(row("Telephone", " ", "Mail", "", "Code_postal", "",
                "SIREN_SIRET", "", "Web", ""), NetworkRole.MEMBRE).value();
        assertEquals(List.of(), m.warnings());
        assertNull(m.establishment().phone());
    }

    @Test
    void aPhoneWrittenInTheInternationalFormIsKept() {
        AnnuaireMapping.Mapped m = AnnuaireMapping.map(row("Telephone", "+33 2 99 12 34 56"), NetworkRole.MEMBRE)
                .value();
        assertEquals(List.of(), m.warnings());
        assertEquals("0299123456", m.establishment().phone().digits());
    }

    @Test
    void websitesAsTheAnnuaireWritesThem() {
        for (String ok : List.of("http://lycee-basch.fr", "https://www.lycee.fr/accueil?x=1", "www.lycee.fr",
                "http://college-lycee.com/college-les-ormeaux/Rennes-0350033W", "HTTP://LYCEE.FR:8080/")) {
            assertTrue(AnnuaireMapping.website(ok).isOk(), ok);
        }
        for (String bad : List.of("lycée jean moulin", "http://", "lycee", "http://lycee .fr", "mailto:a@b.fr")) {
            assertTrue(!AnnuaireMapping.website(bad).isOk(), bad);
        }
    }
}
