package org.campuspilot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campuspilot.db.DataAccessException;
import org.campuspilot.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a file can fail to open gets its own sentence, naming the file and saying it was not changed. */
class OpenFailuresTest {
    @TempDir Path dir;
    final Messages fr = Messages.load(Messages.FRENCH);

    @Test
    void aFileThatIsNotADatabaseIsNamedAndLeftAlone() throws Exception {
        Path junk = dir.resolve("notes.campuspilot");
        Files.writeString(junk, "pas une base ".repeat(100));
        DataAccessException e = assertThrows(DataAccessException.class, () -> Database.open(junk));
        assertEquals("Le fichier " + junk + " n'est pas un fichier de campus ou il est endommagé. Il n'a pas été "
                + "modifié : choisissez un autre fichier.", OpenFailures.describe(fr, e, junk));
    }

    @Test
    void refusalsBeforeOpeningSayWhy() {
        Path f = dir.resolve("x.campuspilot");
        assertEquals("Le fichier " + f + " n'existe plus. Il a peut-être été déplacé ou renommé : ouvrez-le depuis "
                + "son nouvel emplacement.", OpenFailures.describe(fr, new OpenFailures.Refused("file.error.missing"),
                        f));
        assertEquals(true, OpenFailures.describe(fr, new OpenFailures.Refused("file.new.exists"), f)
                .startsWith("Le fichier " + f + " existe déjà"));
    }
}
