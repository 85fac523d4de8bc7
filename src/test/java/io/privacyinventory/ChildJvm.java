package io.privacyinventory;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process on the test classpath, for what one process cannot show about another:
 * operating-system locks (per process) and being killed with kill -9 in the middle of a write.
 */
public final class ChildJvm implements AutoCloseable {
    /**
     * Transparent huge pages for the heap where the system has them, as the test JVMs have (the pom's
     * jvm.pages, profile linux-pages): the option exists only in Linux's JVM, which warns on standard error
     * where the kernel lacks them.
     */
    private static final List<String> PAGES = Files.exists(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"))
            ? List.of("-XX:+UseTransparentHugePages")
            : List.of();

    /** The options that start a JavaFX app headless, as on a display: Monocle, software rendering, a screen's size. */
    public static final List<String> HEADLESS_FX = List.of(
            "-Dtestfx.headless=true",
            "-Dprism.order=sw",
            "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Dheadless.geometry=1920x1200-32",
            "-Djava.awt.headless=true");

    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code main} with {@code args}; its standard error goes to this process's. */
    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(main, args)).redirectError(ProcessBuilder.Redirect.INHERIT);
        return new ChildJvm(builder.start());
    }

    /** The command line that runs {@code main} with {@code args} in a child JVM, for callers that redirect its streams. */
    public static List<String> command(Class<?> main, String... args) {
        return command(List.of(), main, args);
    }

    /** As {@link #command(Class, String...)}, with extra JVM options after the usual ones. */
    private static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(PAGES);
        command.add("-Dfile.encoding=UTF-8");
        // the test class path has a logging API without a logger, which would say so on stderr (the app jar has
        // neither)
        command.add("-Dslf4j.internal.verbosity=ERROR");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** What a child run to its end did. */
    public record Run(int exit, String out, String err) {}

    /**
     * Runs {@code main} to its end (at most {@code seconds}) with extra JVM options and environment
     * variables, collecting its exit code, standard output and standard error.
     */
    public static Run run(
            List<String> jvmOptions, Map<String, String> environment, long seconds, Class<?> main, String... args)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, main, args));
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child process did not finish in " + seconds + " s");
        }
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static String drain(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Surefire runs tests from a manifest-only jar; it names the real class path in this property. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank()
                ? surefire
                : System.getProperty("java.class.path").replace(';', File.pathSeparatorChar);
    }

    /** Waits (at most {@code seconds}) for the child to print {@code line}; fails if it exits first. */
    public void awaitLine(String line, long seconds) throws Exception {
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String read = out.readLine(); read != null; read = out.readLine()) {
                    if (read.equals(line)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        if (!seen.get(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError(
                    "the child process ended without printing \"" + line + "\" (exit " + process.waitFor() + ")");
        }
    }

    /** kill -9: the process gets no chance to clean up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the child process did not finish in " + seconds + " s");
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
