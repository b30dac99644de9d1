package org.campuspilot.ui;

import java.nio.file.Path;

/**
 * Where the user last saved each kind of document (by its extension: pdf, ods, csv…), kept between sessions: the
 * next export of that kind is proposed there, else in the user's Documents folder.
 */
public interface FolderMemory {
    /** The folder last chosen for this kind, or null. */
    Path folderFor(String kind);

    void remember(String kind, Path folder);

    /** Remembers nothing (tests, and a window without settings). */
    FolderMemory NONE = new FolderMemory() {
        @Override
        public Path folderFor(String kind) {
            return null;
        }

        @Override
        public void remember(String kind, Path folder) {
        }
    };
}
