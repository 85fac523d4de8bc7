package io.privacyinventory.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What an input file must be before it is opened: a regular file. Opening a named pipe waits for
 * a writer that may never come, and a device can be endless; both are refused before the open.
 */
public final class InputFiles {
    private InputFiles() {}

    /** Null when {@code file} is a regular file (or a link to one); otherwise why it is not read. */
    public static String notRegular(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return "no such file";
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        if (attributes.isRegularFile()) {
            return null;
        }
        if (attributes.isDirectory()) {
            return "is a folder, not a file";
        }
        return "is not a regular file (a named pipe, device or socket is not read)";
    }
}
