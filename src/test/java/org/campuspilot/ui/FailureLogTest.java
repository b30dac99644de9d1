package org.campuspilot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.campuspilot.db.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A known condition of the user's files is logged in one line; a defect keeps its stack trace. */
class FailureLogTest {
    private final Logger log = Logger.getLogger("failure-log-test");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void release() {
        log.removeHandler(capture);
    }

    @Test
    void aKnownConditionIsOneLineWithoutItsStackTrace() {
        FailureLog.log(log, Level.WARNING, "Cannot open x.campuspilot", new OpenFailures.Refused("file.error.missing"));
        FailureLog.log(log, Level.WARNING, "Background work failed", new DataAccessException("SQL failed",
                new java.sql.SQLException("[SQLITE_READONLY] Attempt to write a readonly database\nsecond line")));
        assertEquals(2, records.size());
        assertNull(records.get(0).getThrown());
        assertEquals("Cannot open x.campuspilot: Refused (file.error.missing)", records.get(0).getMessage());
        assertNull(records.get(1).getThrown());
        assertEquals("Background work failed: DataAccessException (SQL failed: [SQLITE_READONLY] Attempt to write a "
                + "readonly database)", records.get(1).getMessage());
    }

    @Test
    void aDefectKeepsItsStackTrace() {
        IllegalStateException bug = new IllegalStateException("a defect");
        FailureLog.log(log, Level.SEVERE, "Unexpected", bug);
        assertSame(bug, records.get(0).getThrown());
    }
}
