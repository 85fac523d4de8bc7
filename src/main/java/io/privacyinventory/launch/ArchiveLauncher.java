package io.privacyinventory.launch;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Lets a window start from the jar ({@code java -jar}, {@code java -cp … Main}) run the way the app
 * image's desktop launcher does (decisions 0010, 0025, 0027): the same command again in a child JVM,
 * with the first JIT tier only and a class-data archive of the app's own classes that the first such
 * start writes when it ends ({@code -XX:ArchiveClassesAtExit}) and every later start maps
 * ({@code -XX:SharedArchiveFile}). Java 17 cannot make that archive by itself, and a jar cannot carry
 * JVM options, so this JVM, started by the user, only starts the child, waits for it and ends with its
 * exit code.
 *
 * <p>It runs before anything else in {@code Main} and names only classes of {@code java.base}: the
 * parent JVM's own start stays as short as a JVM's can be. Whenever the child cannot be started the
 * way it should (no readable command line, a class path that is not all jars, the user's own
 * class-data options, no writable folder, opted out), the start runs in this JVM as before.
 */
public final class ArchiveLauncher {
    /** {@code -Dprivacyinventory.relaunch=false} keeps a window start in the JVM the user started. */
    public static final String RELAUNCH_PROPERTY = "privacyinventory.relaunch";
    /** The environment's way to the same: {@code PRIVACY_INVENTORY_RELAUNCH=false} (or 0, no, off). */
    public static final String RELAUNCH_VARIABLE = "PRIVACY_INVENTORY_RELAUNCH";
    /** Set in the child: it never starts another. */
    public static final String CHILD_PROPERTY = "privacyinventory.launch.child";
    /**
     * When the user's {@code java} started (milliseconds since the epoch), given to the child so that
     * the start-up time it reports counts the parent's part too.
     */
    public static final String STARTED_PROPERTY = "privacyinventory.launch.startedAt";
    /** A file the child makes as its {@code main} begins: a child that ends without it never started. */
    static final String READY_PROPERTY = "privacyinventory.launch.ready";
    /** Overrides the data folder (tests, portable installs): the archives then live in its {@code class-data}. */
    static final String DATA_DIR_PROPERTY = "privacyinventory.dataDir";

    static final String PREFIX = "privacy-inventory-";
    static final String SUFFIX = ".jsa";
    /** Options of the user's that decide about class-data archives themselves: then no child is started. */
    private static final List<String> OWN_ARCHIVE_OPTIONS = List.of(
            "-Xshare",
            "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit",
            "-XX:SharedClassListFile",
            "-XX:DumpLoadedClassList",
            "-XX:+AutoCreateSharedArchive",
            "-XX:+UseSharedSpaces",
            "-XX:-UseSharedSpaces");
    /** Free space the folder needs before an archive is written there (about 30 MB, and a check's copy). */
    static final long SPACE_TO_WRITE = 256L * 1024 * 1024;
    /** Archives of other keys kept (the same jar started two ways), the most recently used first. */
    static final int OTHER_ARCHIVES_KEPT = 2;

    private ArchiveLauncher() {}

    /**
     * Runs this window start in a child JVM and ends this JVM with the child's exit code, or returns
     * (doing nothing) when the start is to run here.
     */
    public static void relaunchIfUseful(String[] args) {
        if (System.getProperty(CHILD_PROPERTY) != null) {
            markReady();
            return;
        }
        long started = processStartMillis();
        Optional<Plan> plan;
        try {
            plan = plan(args, System.getenv());
        } catch (RuntimeException | IOException e) {
            return;
        }
        if (plan.isEmpty()) {
            return;
        }
        Integer exit = plan.get().run(started);
        if (exit != null) {
            System.exit(exit);
        }
    }

    /** In the child: tells the parent that this JVM took its options and reached {@code main}. */
    private static void markReady() {
        String ready = System.getProperty(READY_PROPERTY);
        if (ready != null) {
            try {
                Files.createFile(Path.of(ready));
            } catch (IOException | RuntimeException e) {
                // the parent then takes a failed start for one that never began only if this JVM ends with 1
            }
        }
    }

    /** What the child is started with, or empty when the start runs in this JVM. */
    static Optional<Plan> plan(String[] args, Map<String, String> environment) throws IOException {
        if (System.getProperty(CHILD_PROPERTY) != null
                || !hotSpot(System.getProperty("java.vm.name", ""))
                || !baseArchivePresent(System.getProperty("java.home", ""))
                || System.getProperty("jpackage.app-path") != null
                || optedOut(System.getProperty(RELAUNCH_PROPERTY))
                || optedOut(environment.get(RELAUNCH_VARIABLE))) {
            return Optional.empty();
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = List.of(arguments.get());
        int jvmEnd = all.size() - args.length;
        if (jvmEnd < 1 || !all.subList(jvmEnd, all.size()).equals(List.of(args))) {
            return Optional.empty(); // the command line read back is not the one this program was given
        }
        List<String> jvmPart = all.subList(0, jvmEnd);
        if (choosesArchives(jvmPart) || choosesArchives(environment)) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        List<Path> entries = jars(classPath);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Path folder = folder(environment);
        Files.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            return Optional.empty();
        }
        String key = key(classPath, entries, jvmPart);
        if (Files.exists(failedMarker(folder, key))) {
            return Optional.empty(); // a child with these options failed before: this start runs here
        }
        return Optional.of(new Plan(command.get(), all, List.copyOf(jvmPart), classPath, folder, key));
    }

    /**
     * Whether the JVM takes the child's options: HotSpot's class-data archives and {@code -Xlog};
     * another JVM (OpenJ9) might refuse them and the window would not start.
     */
    static boolean hotSpot(String vmName) {
        return (vmName.contains("HotSpot") || vmName.startsWith("OpenJDK"))
                && (vmName.contains("Server VM") || vmName.contains("Client VM"));
    }

    /**
     * Whether the JDK has its own class-data archive: an archive of the app's classes is written on top
     * of it, and without it the child JVM would refuse to start.
     */
    static boolean baseArchivePresent(String javaHome) {
        return Files.isRegularFile(Path.of(javaHome, "lib", "server", "classes.jsa"))
                || Files.isRegularFile(Path.of(javaHome, "bin", "server", "classes.jsa"));
    }

    /**
     * Left when a child with this key's options did not start, or could not write its archive: later
     * starts of the same key run in the user's JVM as before (a new jar, JDK or options tries again).
     */
    static Path failedMarker(Path folder, String key) {
        return folder.resolve(PREFIX + key + ".failed");
    }

    static boolean optedOut(String value) {
        return value != null
                && List.of("false", "0", "no", "off").contains(value.trim().toLowerCase(Locale.ROOT));
    }

    private static boolean choosesArchives(List<String> jvmOptions) {
        return jvmOptions.stream()
                .anyMatch(option -> OWN_ARCHIVE_OPTIONS.stream().anyMatch(option::startsWith));
    }

    private static boolean choosesArchives(Map<String, String> environment) {
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            String value = environment.get(variable);
            if (value != null && choosesArchives(List.of(value.trim().split("\\s+")))) {
                return true;
            }
        }
        return false;
    }

    /** The class path's entries when every one is a jar file (an archive takes only jars), else none. */
    static List<Path> jars(String classPath) {
        List<Path> jars = new ArrayList<>();
        if (classPath.isEmpty()) {
            return jars;
        }
        for (String entry : classPath.split(File.pathSeparator, -1)) {
            Path path = Path.of(entry);
            if (!entry.toLowerCase(Locale.ROOT).endsWith(".jar") || !Files.isRegularFile(path)) {
                return List.of();
            }
            jars.add(path);
        }
        return jars;
    }

    /**
     * Where the archives live: the {@code class-data} folder in the data folder when that is given
     * ({@code -Dprivacyinventory.dataDir}), else the system's cache folder for the app.
     */
    static Path folder(Map<String, String> environment) {
        String dataDir = System.getProperty(DATA_DIR_PROPERTY);
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir, "class-data");
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(home, "AppData", "Local"))
                    .resolve("Privacy Inventory")
                    .resolve("class-data");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Privacy Inventory");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("privacy-inventory");
    }

    /**
     * A name for everything an archive belongs to, so that a new jar, another JDK or other options
     * get a new archive instead of a stale one: the JDK and its own archive, the class path as given,
     * each jar's absolute path, size and modification time, and the JVM options of the command line.
     */
    static String key(String classPath, List<Path> jars, List<String> jvmOptions) throws IOException {
        StringBuilder text = new StringBuilder();
        String javaHome = System.getProperty("java.home");
        text.append(javaHome)
                .append('\n')
                .append(System.getProperty("java.vm.version"))
                .append('\n');
        Path base = Path.of(javaHome, "lib", "server", "classes.jsa");
        if (Files.isRegularFile(base)) {
            text.append(Files.size(base))
                    .append(' ')
                    .append(Files.getLastModifiedTime(base).toMillis());
        }
        text.append('\n').append(classPath).append('\n');
        for (Path jar : jars) {
            text.append(jar.toAbsolutePath())
                    .append(' ')
                    .append(Files.size(jar))
                    .append(' ')
                    .append(Files.getLastModifiedTime(jar).toMillis())
                    .append('\n');
        }
        for (String option : jvmOptions) {
            text.append(option).append('\n');
        }
        String all = text.toString();
        CRC32 crc = new CRC32();
        crc.update(all.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x%08x", crc.getValue(), all.hashCode());
    }

    /**
     * The moment this process started, in milliseconds since the epoch. On Linux from {@code /proc}
     * (ProcessHandle's start instant adds the boot time in whole seconds there, up to a second off).
     */
    static long processStartMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks =
                    Long.parseLong(fields[19]); // field 22, the start time in clock ticks (100 a second) since boot
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            long now = System.currentTimeMillis();
            long upMillis = Math.round(Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1000);
            return now - upMillis + ticks * 10;
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current()
                    .info()
                    .startInstant()
                    .map(Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis());
        }
    }

    /** The archive of this key when one is there, whole (its size and CRC as its name says), else empty. */
    static Optional<Path> validArchive(Path folder, String key) throws IOException {
        Optional<Path> valid = Optional.empty();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + key + "-*" + SUFFIX)) {
            for (Path file : files) {
                if (valid.isEmpty() && whole(file)) {
                    valid = Optional.of(file);
                } else {
                    Files.deleteIfExists(file);
                }
            }
        }
        return valid;
    }

    /** Whether an archive's size and CRC-32 are those its name was given when it was made. */
    static boolean whole(Path archive) {
        String name = archive.getFileName().toString();
        String[] parts = name.substring(0, name.length() - SUFFIX.length()).split("-");
        try {
            long size = Long.parseLong(parts[parts.length - 2]);
            long crc = Long.parseLong(parts[parts.length - 1], 16);
            return Files.size(archive) == size && crc(archive) == crc;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }

    /**
     * Archives of other keys (another jar, JDK or options) but the {@link #OTHER_ARCHIVES_KEPT} used
     * most recently (the same jar started two ways would otherwise delete each other's), markers of
     * other keys, and the leftovers of starts no longer running.
     */
    static void deleteOthers(Path folder, String key) {
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(PREFIX + key + "-") && name.endsWith(SUFFIX)
                        || name.equals(failedMarker(folder, key).getFileName().toString())) {
                    continue;
                }
                if (name.endsWith(".tmp") && writerAlive(name)) {
                    continue;
                }
                if (name.endsWith(SUFFIX)) {
                    others.add(file);
                    continue;
                }
                Files.deleteIfExists(file);
            }
            others.sort(Comparator.comparing(ArchiveLauncher::lastUsed).reversed());
            for (Path file : others.subList(Math.min(OTHER_ARCHIVES_KEPT, others.size()), others.size())) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // the folder is only a cache: what cannot be deleted now is deleted by a later start
        }
    }

    private static FileTime lastUsed(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** A temporary archive is named after the process that writes it: {@code …-KEY.PID.tmp}. */
    private static boolean writerAlive(String temporaryName) {
        String[] parts = temporaryName.split("\\.");
        try {
            long pid = Long.parseLong(parts[parts.length - 2]);
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Deletes a file of the folder if it can: the folder is only a cache, and what is left is deleted
     * by a later start (a temporary file whose process has ended), or found damaged by its size and CRC.
     */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for a later start
        }
    }

    /** The child's command and where its archive is or will be. */
    record Plan(
            String java, List<String> arguments, List<String> jvmOptions, String classPath, Path folder, String key) {
        /**
         * Starts the child, waits for it and returns its exit code; null when the start is to run in
         * this JVM after all (the child could not be started, or its JVM refused the options).
         */
        Integer run(long started) {
            Optional<Path> archive;
            try {
                archive = validArchive(folder, key);
                if (archive.isPresent()) {
                    Files.setLastModifiedTime(archive.get(), FileTime.fromMillis(System.currentTimeMillis()));
                } else if (Files.getFileStore(folder).getUsableSpace() < SPACE_TO_WRITE) {
                    return null; // no room for an archive: the start runs here, as without one
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            deleteOthers(folder, key);
            long pid = ProcessHandle.current().pid();
            Path temporary = folder.resolve(PREFIX + key + "." + pid + ".tmp");
            Path ready = folder.resolve(PREFIX + key + ".ready." + pid + ".tmp");
            List<String> command = new ArrayList<>();
            command.add(java);
            command.add("-XX:TieredStopAtLevel=1");
            command.add(archive.map(file -> "-XX:SharedArchiveFile=" + file)
                    .orElse("-XX:ArchiveClassesAtExit=" + temporary));
            // an archive that does not fit (another JDK build, other heap options) is passed over quietly
            command.add("-Xlog:cds*=off");
            command.add("-Xlog:class+path*=off");
            command.add("-D" + CHILD_PROPERTY + "=true");
            command.add("-D" + STARTED_PROPERTY + "=" + started);
            command.add("-D" + READY_PROPERTY + "=" + ready);
            command.addAll(arguments);
            Process child;
            try {
                child = new ProcessBuilder(command).inheritIO().start();
            } catch (IOException | RuntimeException e) {
                return null;
            }
            // the user's JVM ended (a signal, the session closing): the window's JVM ends too, and is waited for a
            // while
            Thread ending = new Thread(
                    () -> {
                        child.destroy();
                        try {
                            child.waitFor(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "end the child JVM");
            Runtime.getRuntime().addShutdownHook(ending);
            int exit = waitFor(child);
            boolean began = Files.exists(ready);
            deleteQuietly(ready);
            if (!began && exit == 1) {
                // the JVM refused the child's options before main (it printed why): never again for this key
                markFailed();
                Runtime.getRuntime().removeShutdownHook(ending);
                return null;
            }
            if (archive.isPresent() && crashed(exit)) {
                deleteQuietly(archive.get()); // mapped, then crashed: the next start writes a new one
            }
            if (archive.isEmpty() && !keep(temporary, exit) && exit == 1) {
                markFailed(); // the archive could not be written at exit (a full disk): not tried again
            }
            return exit;
        }

        /** Ended by SIGABRT, SIGBUS or SIGSEGV, as Java 17 does on an archive it cannot map after all. */
        private static boolean crashed(int exit) {
            return exit == 128 + 6 || exit == 128 + 7 || exit == 128 + 11;
        }

        private void markFailed() {
            try {
                Files.writeString(failedMarker(folder, key), "", StandardCharsets.US_ASCII);
            } catch (IOException | RuntimeException e) {
                // then the next start tries again
            }
        }

        private static int waitFor(Process child) {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    // only the child's end ends this JVM's wait
                }
            }
        }

        /**
         * Gives the archive the child wrote its final name (with its size and CRC) once a JVM has
         * mapped it: a damaged archive makes Java 17 crash instead of starting without it.
         */
        private boolean keep(Path temporary, int exit) {
            try {
                if (exit == 0 && Files.isRegularFile(temporary) && Files.size(temporary) > 0 && maps(temporary)) {
                    long size = Files.size(temporary);
                    String name =
                            String.format(Locale.ROOT, "%s%s-%d-%08x%s", PREFIX, key, size, crc(temporary), SUFFIX);
                    Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                    return true;
                }
                return false;
            } catch (IOException | RuntimeException e) {
                return false; // no archive this time: the next start writes one again
            } finally {
                deleteQuietly(temporary);
            }
        }

        /** Whether a JVM on this class path starts with the archive mapped ({@code -Xshare:on} fails otherwise). */
        private boolean maps(Path archive) {
            Path errorFile =
                    folder.resolve(PREFIX + key + "." + ProcessHandle.current().pid() + ".check.tmp");
            List<String> check = new ArrayList<>();
            check.add(java);
            // the user's JVM options (heap, collector, pointers) decide whether an archive maps, as in the child
            jvmOptions.stream()
                    .filter(option -> option.startsWith("-X") && !option.startsWith("-Xlog"))
                    .forEach(check::add);
            check.addAll(List.of(
                    "-XX:TieredStopAtLevel=1",
                    "-Xshare:on",
                    "-XX:SharedArchiveFile=" + archive,
                    "-XX:ErrorFile=" + errorFile,
                    "-XX:-CreateCoredumpOnCrash",
                    "-cp",
                    classPath,
                    "-version"));
            try {
                Process process = new ProcessBuilder(check)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return false;
                }
                return process.exitValue() == 0;
            } catch (IOException | RuntimeException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                deleteQuietly(errorFile);
            }
        }
    }
}
