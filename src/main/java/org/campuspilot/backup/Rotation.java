package org.campuspilot.backup;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep, counted for each kind apart (a backup never takes the place of another kind's): the
 * automatic ones and the manual ones each keep the newest of each of the last 7 days that have one, of the last 4
 * weeks and of the last 12 months (the « grandfather-father-son » rule, as restic's {@code --keep-daily 7
 * --keep-weekly 4 --keep-monthly 12}); the ones taken before a migration and before a restore each keep their 5
 * newest. A backup dated after now (a clock set wrong once, a file copied in) is always kept and takes no slot.
 */
public final class Rotation {
    static final int DAILY = 7;
    static final int WEEKLY = 4;
    static final int MONTHLY = 12;
    static final int SAFETY = 5;

    private Rotation() {
    }

    /** The backups of one campus file to keep at {@code now}; the others may be deleted. */
    public static Set<BackupFile> keep(List<BackupFile> backups, LocalDateTime now) {
        List<BackupFile> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        Set<BackupFile> kept = new LinkedHashSet<>();
        newestFirst.stream().filter(b -> b.takenAt().isAfter(now)).forEach(kept::add);
        for (BackupFile.Reason reason : BackupFile.Reason.values()) {
            List<BackupFile> ofKind = newestFirst.stream()
                    .filter(b -> b.reason() == reason && !b.takenAt().isAfter(now)).toList();
            if (reason.isSafety()) {
                ofKind.stream().limit(SAFETY).forEach(kept::add);
            } else {
                kept.addAll(newestOfEach(ofKind, b -> b.takenAt().toLocalDate(), DAILY));
                kept.addAll(newestOfEach(ofKind, b -> b.takenAt().get(IsoFields.WEEK_BASED_YEAR) * 100
                        + b.takenAt().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), WEEKLY));
                kept.addAll(newestOfEach(ofKind, b -> b.takenAt().getYear() * 100 + b.takenAt().getMonthValue(),
                        MONTHLY));
            }
        }
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
