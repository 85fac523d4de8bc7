package io.privacyinventory.store;

import io.privacyinventory.model.Inventory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Stores whose change-log rows carry times a test chooses, for tests in other packages too (the
 * command line's {@code --as-of}): the time of each change is set, never waited for.
 */
public final class ClockedStores {
    private ClockedStores() {}

    public static InventoryStore create(Path file, Inventory initial, SettableClock clock)
            throws InventoryFileException {
        return InventoryStore.create(file, initial, clock);
    }

    public static InventoryStore open(Path file, SettableClock clock) throws InventoryFileException {
        return InventoryStore.open(file, Migration.bundled(), clock);
    }

    /** A clock that stands still at the time last set. */
    public static final class SettableClock extends Clock {
        private Instant now;

        public SettableClock(Instant start) {
            this.now = start;
        }

        public void set(Instant time) {
            now = time;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the store reads instants only");
        }
    }
}
