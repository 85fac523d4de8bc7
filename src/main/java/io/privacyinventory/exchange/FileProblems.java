package io.privacyinventory.exchange;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Plain words for why a file operation failed. The operating system's texts ("No space left on
 * device") and Java's (a message that starts with the path of a temporary file) are turned into a
 * reason a user can act on, so that a message names the file the user gave and what went wrong.
 */
public final class FileProblems {
    /** How the SQLite driver names a full disk in its messages (the driver itself belongs to the store). */
    private static final String SQLITE_FULL = "SQLITE_FULL";

    private static final String NO_SPACE = "no space left on device";

    private FileProblems() {}

    /** Why reading or writing failed, without the path the exception carries: "permission denied", "the disk is full". */
    public static String reason(IOException e) {
        if (isDiskFull(e)) {
            return "the disk is full";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return plain(fileSystem.getReason());
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : plain(e.getMessage());
    }

    /** Whether the failure, or anything that caused it or was suppressed by it, is a full disk (Java's file API or SQLite). */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message =
                    cause instanceof FileSystemException fileSystem ? fileSystem.getReason() : cause.getMessage();
            if (message != null
                    && (message.toLowerCase(Locale.ROOT).contains(NO_SPACE) || message.contains(SQLITE_FULL))) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isDiskFull(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String plain(String reason) {
        return switch (reason.toLowerCase(Locale.ROOT)) {
            case "permission denied" -> "permission denied";
            case "is a directory" -> "it is a folder, not a file";
            case "not a directory" -> "a part of the path is not a folder";
            case "read-only file system" -> "the disk is mounted read-only";
            case "file name too long" -> "the name is too long for the file system";
            default -> reason;
        };
    }
}
