package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The divisions of NAF rév. 2 and their labels: the one list the code check and the report both read. */
class NafDivisionsTest {
    @Test
    void eightyEightDivisionsFrom01To99WithInseesLabels() {
        assertEquals(88, NafDivisions.rev2().size());
        assertEquals("01", NafDivisions.rev2().keySet().iterator().next());
        assertEquals(Optional.of("Fabrication de produits métalliques, à l'exception des machines et des équipements"),
                NafDivisions.label("25"));
        assertEquals(Optional.of("Industrie automobile"), NafDivisions.label("29"));
        assertTrue(NafDivisions.label("04").isEmpty(), "no division 04");
        assertTrue(NafDivisions.rev2().values().stream().noneMatch(String::isBlank));
    }

    @Test
    void aCodeOfADivisionThatIsNotOneIsRefusedInRev2() {
        assertTrue(Naf.check("25.62B", NafVersion.REV2).isOk());
        assertTrue(!Naf.check("04.10Z", NafVersion.REV2).isOk());
    }
}
