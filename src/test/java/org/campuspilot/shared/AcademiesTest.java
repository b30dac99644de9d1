package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The académies and régions the campus identity is chosen from. */
class AcademiesTest {
    @Test
    void thirtyAcademiesEighteenRegionsAndEachAcademyItsRegion() {
        assertEquals(30, Academies.ACADEMIES.size());
        assertEquals(18, Academies.REGIONS.size());
        assertEquals(Optional.of("Bretagne"), Academies.regionOf("Rennes"));
        assertEquals(Optional.of("Île-de-France"), Academies.regionOf("académie de Créteil"));
        assertEquals(Optional.of("Normandie"), Academies.regionOf("NORMANDIE"));
        assertEquals(Optional.of("Île-de-France"), Academies.official("Ile-de-France", Academies.REGIONS),
                "as the annuaire writes it");
        assertEquals(Optional.empty(), Academies.regionOf("Caen"), "part of Normandie since 2020");
    }
}
