package org.campuspilot.backup;

import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest of each of the last 7 days that have one, of the last 4 weeks and of the last 12
 * months (the « grandfather-father-son » rule, as restic's {@code --keep-daily 7 --keep-weekly 4 --keep-monthly 12});
 * besides, the 5 newest backups taken before a migration or a restore.
 */
public final class Rotation {
    static final int DAILY = 7;
    static final int WEEKLY = 4;
    static final int MONTHLY = 12;
    static final int SAFETY = 5;

    private Rotation() {
    }

    /** The backups to keep; the others may be deleted. */
    public static Set<BackupFile> keep(List<BackupFile> backups) {
        List<BackupFile> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        List<BackupFile> rotated = newestFirst.stream().filter(b -> !b.reason().isSafety()).toList();
        Set<BackupFile> kept = new LinkedHashSet<>();
        kept.addAll(newestOfEach(rotated, b -> b.takenAt().toLocalDate(), DAILY));
        kept.addAll(newestOfEach(rotated, b -> b.takenAt().get(IsoFields.WEEK_BASED_YEAR) * 100
                + b.takenAt().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), WEEKLY));
        kept.addAll(newestOfEach(rotated, b -> b.takenAt().getYear() * 100 + b.takenAt().getMonthValue(), MONTHLY));
        newestFirst.stream().filter(b -> b.reason().isSafety()).limit(SAFETY).forEach(kept::add);
        return kept;
    }

    private static List<BackupFile> newestOfEach(List<BackupFile> newestFirst, Function<BackupFile, Object> period,
            int count) {
        Set<Object> seen = new HashSet<>();
        List<BackupFile> out = new ArrayList<>();
        for (BackupFile b : newestFirst) {
            if (out.size() == count) {
                break;
            }
            if (seen.add(period.apply(b))) {
                out.add(b);
            }
        }
        return out;
    }
}
