package io.privacyinventory.cli;

/** Bad usage or bad input: reported as one line on stderr, exit code 2. */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
