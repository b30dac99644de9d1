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

    @Test
    void aFolderOrMountThatCannotBeWrittenIsNotCalledDamaged() {
        Path f = dir.resolve("x.campuspilot");
        String readOnly = "Le fichier " + f + " ne peut pas être écrit : lui ou son dossier est en lecture seule, ou il "
                + "se trouve sur un support en lecture seule. Il n'est pas endommagé et n'a pas été modifié : "
                + "ouvrez-le en lecture seule, ou copiez-le dans un dossier où vous pouvez écrire.";
        // What SQLite says when it cannot create the file's -wal and -shm next to it.
        for (String driver : java.util.List.of("[SQLITE_CANTOPEN] Unable to open the database file",
                "[SQLITE_READONLY_DIRECTORY] The database file is in a read-only directory",
                "[SQLITE_READONLY_CANTINIT] Unable to initialize the shared-memory file")) {
            assertEquals(readOnly, OpenFailures.describe(fr, new DataAccessException("Cannot use " + f,
                    new java.sql.SQLException(driver)), f), driver);
        }
        assertEquals("Le disque où se trouve " + f + " est plein : libérez de la place, puis ouvrez-le à nouveau.",
                OpenFailures.describe(fr, new DataAccessException("SQL failed", new java.sql.SQLException(
                        "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)")), f));
    }
}
