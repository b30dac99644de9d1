package org.campuspilot.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sets of enum values iterate in the enum's order whatever the order given, so exports are the same every run. */
class OrderedSetsTest {
    @Test
    void valuesComeBackInDeclarationOrder() {
        Set<TrainingLevel> levels = OrderedSets.of(TrainingLevel.class, List.of(TrainingLevel.values()[4],
                TrainingLevel.values()[2], TrainingLevel.values()[3]));
        assertEquals(List.of(TrainingLevel.values()[2], TrainingLevel.values()[3], TrainingLevel.values()[4]),
                List.copyOf(levels));
        assertEquals(Set.of(), OrderedSets.of(TrainingLevel.class, null));
        assertThrows(UnsupportedOperationException.class, () -> levels.add(TrainingLevel.values()[0]));
    }
}
