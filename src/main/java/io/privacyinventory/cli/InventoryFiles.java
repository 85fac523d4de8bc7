package io.privacyinventory.cli;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.exchange.FileProblems;
import io.privacyinventory.exchange.InputFiles;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryFileException;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.store.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Reading an INVENTORY argument (a .json document or a .db file) and writing command output. */
final class InventoryFiles {
    private InventoryFiles() {}

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Loads an inventory from a JSON document or, for any other name, from an inventory database. */
    static Inventory load(Path file) throws CliException {
        if (TeamServers.isServer(file)) {
            return TeamServers.load(file);
        }
        requireReadable(file);
        if (isJson(file)) {
            try {
                return InventoryJsonReader.read(file);
            } catch (InventoryFormatException e) {
                throw new CliException(e.getMessage(), e);
            }
        }
        try (InventoryStore store = InventoryStore.openReadOnly(file)) {
            return store.load();
        } catch (InventoryFileException | StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /**
     * Writes to {@code output} atomically, or to standard output when it is null. An output that is
     * the {@code input} itself, an inventory, or open for writing elsewhere is refused. A failure
     * to write standard output is reported by {@link Cli} once the command has finished.
     */
    static void write(Path output, Path input, PrintStream stdout, AtomicFiles.Content content) throws CliException {
        if (output != null) {
            new OutputFile(output, input).write(content);
            return;
        }
        try {
            content.writeTo(stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new CliException("standard output: cannot be written: " + FileProblems.reason(e), e);
        }
    }

    /**
     * Refuses an input that cannot be read before anything is done, saying why: a folder, a pipe or
     * device, or a file this user may not read. A missing file is left to the reader, which says so.
     */
    static void requireReadable(Path input) throws CliException {
        if (!Files.exists(input)) {
            return;
        }
        String notRegular = InputFiles.notRegular(input);
        if (notRegular != null) {
            throw new CliException(input + ": " + notRegular);
        }
        try (FileChannel channel = FileChannel.open(input, StandardOpenOption.READ)) {
            channel.size();
        } catch (IOException e) {
            throw new CliException(input + ": cannot be read: " + FileProblems.reason(e), e);
        }
    }
}
