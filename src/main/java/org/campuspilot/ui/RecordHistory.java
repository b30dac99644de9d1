package org.campuspilot.ui;

/** Shows one record's history (« Historique » on every form). */
public interface RecordHistory {
    /** The record kept in {@code table} with this id; null: a record not saved yet (it has no history). */
    void show(String table, Long id);
}
