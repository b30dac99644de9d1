package org.campuspilot.importing;

/** The director cancelled an import while it read or wrote: nothing was written. */
public final class ImportCancelled extends RuntimeException {
    public ImportCancelled() {
        super("cancelled");
    }
}
