package io.privacyinventory.cli;

import io.privacyinventory.exchange.AtomicFiles;
import io.privacyinventory.exchange.FileProblems;
import io.privacyinventory.store.InventoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code -o FILE} of a command. A command writes what the user asked for and nothing else, so
 * some files are never replaced: an inventory (or any SQLite database), a file another window or
 * command has open for writing, and the command's own input, under whatever name it is reached.
 * These are refused before any work is done and looked at again just before the new file is moved
 * into place. Any other file is replaced whole or not at all ({@link AtomicFiles}).
 */
final class OutputFile {
    private final Path output;
    private final Path input;

    /** {@code input} is the file the command reads (null when it reads none). */
    OutputFile(Path output, Path input) {
        this.output = output;
        this.input = input;
    }

    /** Refuses an output the command must not replace; call it before doing the work. */
    void requireReplaceable() throws CliException {
        try {
            check(AtomicFiles.destination(output));
        } catch (Refused e) {
            throw new CliException(output + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliException(output + ": cannot be written: " + FileProblems.reason(e));
        }
    }

    /** Writes the output whole, or leaves the file that was there as it was. */
    void write(AtomicFiles.Content content) throws CliException {
        boolean existed = Files.exists(output);
        try {
            AtomicFiles.write(output, content, this::check);
        } catch (Refused e) {
            throw new CliException(output + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliException(
                    output + ": cannot be written: " + FileProblems.reason(e) + "; "
                            + (existed ? "the file was left as it was" : "nothing was written"),
                    e);
        }
    }

    private void check(Path destination) throws IOException {
        Path folder = destination.getParent();
        if (!Files.isDirectory(folder)) {
            Path named = output.getParent() == null ? folder : output.getParent();
            throw new Refused("cannot be written: the folder " + named + " does not exist");
        }
        if (InventoryStore.isOpenForWritingElsewhere(destination)) {
            throw new Refused("is open in another Privacy Inventory window (or a command is writing it); "
                    + "it was left as it is");
        }
        if (Files.isDirectory(destination)) {
            throw new Refused("cannot be written: it is a folder, not a file");
        }
        if (!Files.isRegularFile(destination)) {
            return;
        }
        if (input != null && Files.exists(input) && Files.isSameFile(destination, input)) {
            throw new Refused("is the input of this command; write the output to another file");
        }
        if (InventoryStore.isDatabaseFile(destination)) {
            throw new Refused("is an inventory (or another SQLite database); an output never replaces one, "
                    + "so it was left as it is: choose another name");
        }
    }

    /** An output the command must not replace; the message says why, after the file's name. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
