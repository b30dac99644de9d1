package org.campuspilot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeToFindTest {
    private final List<String> labels = List.of("Armor Robotique · Lannion", "Lycée Chateaubriand · Rennes",
            "Lycée Chateaubriand · Nantes", "Élodie Le Goff (Lycée Anita Conti)");

    @Test
    void accentsAndCaseAreIgnored() {
        assertEquals(1, TypeToFind.firstMatch(labels, "LYCEE chateau"));
        assertEquals(3, TypeToFind.firstMatch(labels, "elodie"));
        assertEquals(0, TypeToFind.firstMatch(labels, "robot"));
    }

    @Test
    void everyWordMustBeThereInAnyOrder() {
        assertEquals(2, TypeToFind.firstMatch(labels, "nantes chateaubriand"));
        assertEquals(-1, TypeToFind.firstMatch(labels, "chateaubriand brest"));
        assertEquals(-1, TypeToFind.firstMatch(labels, "  "));
    }

    @Test
    void aKeystrokeOverTenThousandRecordsFindsTheLastOne() {
        // Correctness at annuaire scale only: timing belongs to the benchmarks, never to a test's assertion.
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add("Établissement n° " + i + " · Saint-Brieuc · 0220" + i);
        }
        assertEquals(9_999, TypeToFind.firstMatch(many, "etablissement 9999"));
    }
}
