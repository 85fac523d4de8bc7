package io.privacyinventory.cli;

/** Child process for the crash test: says "go", then runs the command line and exits with its code. */
public final class ImportInChild {
    private ImportInChild() {}

    public static void main(String[] args) {
        System.out.println("go");
        System.out.flush();
        System.exit(Cli.main(args));
    }
}
