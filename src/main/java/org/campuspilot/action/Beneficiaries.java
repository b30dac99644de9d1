package org.campuspilot.action;

import java.util.EnumMap;
import java.util.Map;

/**
 * The people an action reaches, as a target and as actually reached, counted two ways: by status and by sex. Both
 * ways count the same people: when nothing is known by sex, everyone is « non précisé ».
 */
public record Beneficiaries(Map<LearnerStatus, Integer> targetByStatus, Map<LearnerStatus, Integer> actualByStatus,
        Map<Sex, Integer> targetBySex, Map<Sex, Integer> actualBySex) {

    public static final Beneficiaries NONE = new Beneficiaries(Map.of(), Map.of(), Map.of(), Map.of());

    public Beneficiaries {
        targetByStatus = copy(targetByStatus);
        actualByStatus = copy(actualByStatus);
        targetBySex = copy(targetBySex);
        actualBySex = copy(actualBySex);
    }

    private static <K> Map<K, Integer> copy(Map<K, Integer> m) {
        if (m == null) {
            return Map.of();
        }
        Map<K, Integer> out = new java.util.HashMap<>();
        m.forEach((k, v) -> {
            if (v != null && v > 0) {
                out.put(k, v);
            }
        });
        return Map.copyOf(out);
    }

    public int actualTotal() {
        return sum(actualByStatus);
    }

    public int targetTotal() {
        return sum(targetByStatus);
    }

    public int actual(LearnerStatus s) {
        return actualByStatus.getOrDefault(s, 0);
    }

    /** Actual people of that sex; those not counted by sex are « non précisé ». */
    public int actual(Sex s) {
        if (s == Sex.NON_PRECISE) {
            return actualTotal() - actualBySex.getOrDefault(Sex.FEMMES, 0) - actualBySex.getOrDefault(Sex.HOMMES, 0);
        }
        return actualBySex.getOrDefault(s, 0);
    }

    static <K> int sum(Map<K, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every count by status, then by sex, as a map for storage. */
    public static <K extends Enum<K>> Map<K, Integer> ordered(Class<K> type, Map<K, Integer> m) {
        Map<K, Integer> out = new EnumMap<>(type);
        out.putAll(m);
        return out;
    }
}
