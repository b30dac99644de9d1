package org.campuspilot.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A training level, stored as the 2019 national level (décret 2019-14, the numbers of the European EQF) and shown
 * with the old (1969) roman level beside it, because directors and older documents still say « niveau V ». Levels 1
 * and 2 have no old equivalent; old level I splits into 7 and 8 (read as 7, see {@link #ofOld}).
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

    /**
     * The 2019 level an old level name stands for, empty for an unknown name. Old level I, which the 2019 framework
     * split into 7 and 8, is read as 7 (master, engineering degree): one action, one level, so it is never counted
     * twice; a doctorate is given as 8 by its number.
     */
    public static Optional<TrainingLevel> ofOld(String roman) {
        String r = roman == null ? "" : roman.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> r.equals(l.old)).findFirst();
    }

    /** The old and new names, « IV (4) », or « 2 » without an old name; the UI writes « niveau IV (4) ». */
    public String shortLabel() {
        return old == null ? String.valueOf(national) : old + " (" + national + ")";
    }
}
