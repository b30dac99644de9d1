package org.campuspilot.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A training level, stored as the 2019 national level (décret 2019-14, the numbers of the European EQF) and shown
 * with the old (1969) roman level beside it, because directors and older documents still say « niveau V ». Levels 1
 * and 2 have no old equivalent; old level I splits into 7 and 8.
 */
public enum TrainingLevel {
    LEVEL_1(1, null),
    LEVEL_2(2, null),
    LEVEL_3(3, "V"),
    LEVEL_4(4, "IV"),
    LEVEL_5(5, "III"),
    LEVEL_6(6, "II"),
    LEVEL_7(7, "I"),
    LEVEL_8(8, "I");

    private final int national;
    private final String old;

    TrainingLevel(int national, String old) {
        this.national = national;
        this.old = old;
    }

    /** The 2019 national level, 1 to 8. */
    public int national() {
        return national;
    }

    /** The old roman level (V, IV, III, II, I), or null for levels 1 and 2. */
    public String old() {
        return old;
    }

    public static TrainingLevel ofNational(int level) {
        if (level < 1 || level > 8) {
            throw new IllegalArgumentException("No national level " + level);
        }
        return values()[level - 1];
    }

    /** The 2019 levels an old level stands for: one, or two for « I » (7 and 8); none for an unknown one. */
    public static List<TrainingLevel> ofOld(String roman) {
        String r = roman == null ? "" : roman.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> r.equals(l.old)).toList();
    }

    /** The old and new names, « IV (4) », or « 2 » without an old name; the UI writes « niveau IV (4) ». */
    public String shortLabel() {
        return old == null ? String.valueOf(national) : old + " (" + national + ")";
    }
}
