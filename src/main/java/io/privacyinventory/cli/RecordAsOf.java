package io.privacyinventory.cli;

import io.privacyinventory.model.Inventory;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the command line gets the record of an inventory database as it stood at a past moment,
 * rebuilt from its change log ({@code diff FILE.db@DATE}). The rebuilding belongs to the store;
 * until a build has it, {@link #NOT_AVAILABLE} refuses such a request plainly rather than
 * answering with the record as it is now.
 */
@FunctionalInterface
interface RecordAsOf {
    RecordAsOf NOT_AVAILABLE = (database, moment) -> {
        throw new CliException(database + ": this version cannot rebuild the record as of a date from the change log "
                + "yet; compare with a copy exported then (export json) instead");
    };

    /** The record in {@code database} as it stood at {@code moment}; bad input is a {@link CliException}. */
    Inventory read(Path database, Instant moment) throws CliException;
}
