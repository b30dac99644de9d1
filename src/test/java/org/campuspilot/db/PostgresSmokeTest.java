package org.campuspilot.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.campuspilot.TestCampus;
import org.junit.jupiter.api.Test;

class PostgresSmokeTest {
    @Test
    void demoOnServer() {
        var address = PostgresCluster.get().newDatabase();
        Database db = org.campuspilot.demo.DemoCampus.create(address, Database.Options.DEFAULT, TestCampus::stores);
        assertEquals(16, new Jdbc(db).count("SELECT COUNT(*) FROM establishment"));
        System.out.println(new Jdbc(db).count("SELECT COUNT(*) FROM audit_entry"));
    }
}
