package io.privacyinventory.bench;

import io.privacyinventory.Main;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up in fresh JVMs, each started the same way (headless Monocle, software rendering, the
 * same class path): a bare JavaFX window, the app on its default inventory, the app on 10,000
 * activities, and the heap the app holds once 10,000 activities are open. With AppCDS, the same
 * from the packaged jar with and without a class-data archive, and the app image of
 * {@code mvn -Ppackage package} when one is built.
 */
final class GuiRuns {
    static final List<String> HEADLESS = java.util.stream.Stream.concat(
                    io.privacyinventory.ChildJvm.HEADLESS_FX.stream(),
                    java.util.stream.Stream.of("-Dfile.encoding=UTF-8"))
            .toList();
    /**
     * The JVM options the app image gives the app (pom.xml, package profile, {@code --java-options},
     * decisions 0019 and 0025) that change how it runs: the FX-thread probes measure the app as it is
     * shipped.
     */
    static final List<String> APP_JAVA_OPTIONS =
            List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50", "-XX:TieredStopAtLevel=1");

    private static final Pattern STARTUP = Pattern.compile("(?m)^startup-ms=(\\d+)$");
    private static final Pattern HEAP = Pattern.compile("(?m)^heap-used-mb=(\\d+)$");
    private static final Pattern STALL = Pattern.compile("(?m)^stall-ms=(\\d+)$");
    private static final Pattern INTERACTION = Pattern.compile("(?m)^stall-([a-z-]+)-ms=(\\d+)$");
    private static final Pattern FILLED = Pattern.compile("(?m)^filled-ms=(\\d+)$");
    private static final Pattern STALL_CPU = Pattern.compile("(?m)^stall-cpu-ms=(\\d+)$");

    private final Path work;
    private final int runs;
    private final Benchmark.Results results;
    private final Path dataDir;
    private final Path prefs;

    GuiRuns(Path work, int runs, Benchmark.Results results) {
        this.work = work;
        this.runs = runs;
        this.results = results;
        this.dataDir = work.resolve("gui-data");
        this.prefs = work.resolve("gui-prefs");
    }

    void run(Path db, boolean appCds) throws Exception {
        String classPath = System.getProperty("java.class.path");
        deleteDefaultInventory();
        // the first start creates the default inventory from the sample; every measured start opens it
        launch(classPath, List.of(), Main.class.getName(), "--smoke");

        List<Timing> starts = interleaved(List.of(
                new Start(classPath, List.of(), BareWindow.class.getName()),
                new Start(classPath, List.of(), Main.class.getName(), "--smoke"),
                new Start(classPath, List.of(), Main.class.getName(), db.toString(), "--smoke")));
        Timing bare = starts.get(0);
        Timing defaultStart = starts.get(1);
        Timing large = starts.get(2);
        Timing heapDefault = heap(classPath, "--smoke");
        Timing heapLarge = heap(classPath, db.toString(), "--smoke");
        String name = db.getFileName().toString();

        results.gui("bare JavaFX window, first frame", ms(bare), "", "");
        results.gui("app --smoke, default inventory (sample), first frame", ms(defaultStart), "", "");
        results.gui(
                "app start ÷ bare window",
                ratio(defaultStart, bare),
                "≤ 1.3×",
                met(defaultStart.median() / bare.median() <= 1.3));
        results.gui("app --smoke " + name + ", first frame with the inventory", ms(large), "", "");
        results.gui(
                "opening " + name + " ÷ default start",
                ratio(large, defaultStart),
                "≤ 1.5×",
                met(large.median() / defaultStart.median() <= 1.5));
        results.gui("heap after opening the default inventory (used, after GC)", heapDefault.median() + " MB", "", "");
        results.gui(
                "heap after opening " + name + " (used, after GC)",
                heapLarge.median() + " MB",
                "≤ 150 MB",
                met(heapLarge.median() <= 150));
        results.note("GUI start-ups: " + runs + " runs each after one warm-up; all runs (ms): bare " + bare.all()
                + ", default " + defaultStart.all() + ", " + name + " " + large.all() + ".");
        stalls(db);
        if (appCds) {
            appCds(db);
        }
        appImage(db);
    }

    /**
     * The app image's own launchers (its jlinked runtime, shipped native libraries and trained
     * class-data archive) beside the bare window and the jar started with {@code java}. The desktop
     * launcher is the one measured against the target: the desktop entry and a double click run it.
     * The command line's launcher (decision 0025: both JIT tiers, for long imports and exports) also
     * opens the window when given no command, and gets a row of its own. The launchers get the
     * headless settings through JAVA_TOOL_OPTIONS; _JAVA_OPTIONS, read after the launcher's own
     * options, swaps its archive for the runtime's base archive alone.
     */
    private void appImage(Path db) throws Exception {
        Path image = Path.of("target", "jpackage", "privacy-inventory").toAbsolutePath();
        Path launcher = image.resolve("bin").resolve("Privacy Inventory");
        Path commandLine = image.resolve("bin").resolve("privacy-inventory");
        Path jar = Path.of("target", "privacy-inventory.jar").toAbsolutePath();
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .findFirst()
                .orElse(null);
        if (!Files.isExecutable(launcher)
                || !Files.isExecutable(commandLine)
                || !Files.isRegularFile(jar)
                || monocle == null) {
            results.note("App image: skipped (needs target/jpackage/privacy-inventory from `mvn -Ppackage package`"
                    + " and target/privacy-inventory.jar).");
            return;
        }
        String appPath = jar + File.pathSeparator + monocle;
        List<String> baseArchiveOnly =
                List.of("-XX:SharedArchiveFile=" + image.resolve("lib/runtime/lib/server/classes.jsa"));
        List<Timing> starts = interleaved(List.of(
                new Start(System.getProperty("java.class.path"), List.of(), BareWindow.class.getName()),
                new Start(appPath, List.of(), Main.class.getName(), "--smoke"),
                new Start(launcher, List.of(), "--smoke"),
                new Start(launcher, baseArchiveOnly, "--smoke"),
                new Start(launcher, List.of(), db.toString(), "--smoke"),
                new Start(commandLine, List.of(), "--smoke")));
        Timing bare = starts.get(0);
        Timing jarStart = starts.get(1);
        Timing imageStart = starts.get(2);
        Timing imageNoAppCds = starts.get(3);
        Timing imageLarge = starts.get(4);
        Timing commandLineStart = starts.get(5);
        results.gui("app image: bare window (class path, no archive), first frame", ms(bare), "", "");
        results.gui(
                "app image: java -cp the jar --smoke ÷ bare window",
                ms(jarStart) + ", " + ratio(jarStart, bare),
                "≤ 2.5×",
                met(jarStart.median() / bare.median() <= 2.5));
        results.gui(
                "app image: desktop launcher --smoke ÷ bare window",
                ms(imageStart) + ", " + ratio(imageStart, bare),
                "≤ 1.5× (goal 1.3×)",
                met(imageStart.median() / bare.median() <= 1.5));
        results.gui(
                "app image: desktop launcher --smoke without its app archive (runtime's base archive only)",
                ms(imageNoAppCds) + ", " + ratio(imageNoAppCds, bare),
                "",
                "");
        results.gui("app image: desktop launcher --smoke " + db.getFileName(), ms(imageLarge), "", "");
        results.gui(
                "app image: command-line launcher (both JIT tiers) --smoke ÷ bare window",
                ms(commandLineStart) + ", " + ratio(commandLineStart, bare),
                "",
                "");
        firstJarStarts(appPath, bare);
    }

    /**
     * The jar's window start without its class-data archive (decision 0027): the rows above start
     * from the archive the warm-up wrote; here it is deleted before each start, which writes it
     * again when it ends. The first frame, and the whole run with the archive's writing.
     */
    private void firstJarStarts(String appPath, Timing bare) throws Exception {
        Path archives = dataDir.resolve("class-data");
        List<Double> frames = new ArrayList<>();
        List<Double> walls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            deleteFolder(archives);
            long begin = System.nanoTime();
            String output = launch(appPath, List.of(), Main.class.getName(), "--smoke");
            walls.add((System.nanoTime() - begin) / 1e6);
            Matcher matcher = STARTUP.matcher(output);
            if (!matcher.find()) {
                throw new IOException("the jar's first start printed no startup-ms:\n" + output);
            }
            frames.add(Double.parseDouble(matcher.group(1)));
        }
        Timing frame = Timing.of(frames);
        Timing wall = Timing.of(walls);
        Benchmark.log("gui jar first start (no archive): first frame " + frames + " ms, whole run " + walls + " ms");
        results.gui(
                "app image: java -cp the jar --smoke, first start (no archive yet) ÷ bare window",
                ms(frame) + ", " + ratio(frame, bare),
                "",
                "");
        results.gui(
                "app image: java -cp the jar --smoke, first start's whole run (writing its archive at exit)",
                ms(wall),
                "",
                "");
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** The FX-thread stalls: opening the notice dialog, selecting an activity, sorting each column. */
    void stalls(Path db) throws Exception {
        String classPath = System.getProperty("java.class.path");
        noticeDialog(classPath, db);
        activities(classPath, db);
    }

    /** Selecting an activity and sorting by each column in the Activities view: the longest FX-thread stall of each. */
    private void activities(String classPath, Path db) throws Exception {
        Map<String, List<Double>> stalls = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            String output = launch(classPath, APP_JAVA_OPTIONS, ActivitiesStall.class.getName(), db.toString());
            Matcher line = INTERACTION.matcher(output);
            while (line.find()) {
                stalls.computeIfAbsent(line.group(1), k -> new ArrayList<>()).add(Double.parseDouble(line.group(2)));
            }
        }
        if (stalls.isEmpty()) {
            throw new IOException("the Activities probe printed nothing");
        }
        String name = db.getFileName().toString();
        for (Map.Entry<String, List<Double>> interaction : stalls.entrySet()) {
            Timing stall = Timing.of(interaction.getValue());
            results.gui(
                    "Activities on " + name + ", " + interaction.getKey() + ": longest FX-thread stall",
                    ms(stall),
                    "≤ 100 ms",
                    met(stall.median() <= 100));
        }
        Benchmark.log("gui activities stalls (ms): " + stalls);
        results.note("Activities view stalls per run (ms): " + stalls + ".");
    }

    /** Opening the notice dialog on the inventory: the longest FX-thread stall, and when the preview is there. */
    private void noticeDialog(String classPath, Path db) throws Exception {
        List<Double> stalls = new ArrayList<>();
        List<Double> filled = new ArrayList<>();
        List<Double> busy = new ArrayList<>();
        launch(classPath, APP_JAVA_OPTIONS, NoticeDialogStall.class.getName(), db.toString());
        for (int i = 0; i < runs; i++) {
            String output = launch(classPath, APP_JAVA_OPTIONS, NoticeDialogStall.class.getName(), db.toString());
            Matcher stall = STALL.matcher(output);
            Matcher preview = FILLED.matcher(output);
            Matcher cpu = STALL_CPU.matcher(output);
            if (!stall.find() || !preview.find() || !cpu.find()) {
                throw new IOException("the notice dialog probe printed nothing:\n" + output);
            }
            stalls.add(Double.parseDouble(stall.group(1)));
            filled.add(Double.parseDouble(preview.group(1)));
            busy.add(Double.parseDouble(cpu.group(1)));
        }
        Timing stall = Timing.of(stalls);
        Timing preview = Timing.of(filled);
        Benchmark.log("gui notice dialog: stalls " + stalls + " ms, preview filled after " + filled + " ms");
        String name = db.getFileName().toString();
        results.gui(
                "notice dialog on " + name + ": longest FX-thread stall while it opens",
                ms(stall),
                "≤ 100 ms",
                met(stall.median() <= 100));
        results.gui(
                "notice dialog on " + name + ": most CPU of the FX and render threads between two pulses",
                ms(Timing.of(busy)),
                "",
                "");
        results.gui("notice dialog on " + name + ": preview filled (in the background)", ms(preview), "", "");
        results.note("Notice dialog: longest stall per run (ms) " + stalls
                + "; FX and render threads' CPU in the busiest pulse" + " (ms) " + busy + "; preview filled after (ms) "
                + filled + ".");
    }

    private void appCds(Path db) throws Exception {
        Path jar = Path.of("target", "privacy-inventory.jar").toAbsolutePath();
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle"))
                .findFirst()
                .orElse(null);
        if (!Files.isRegularFile(jar) || monocle == null) {
            results.note(
                    "AppCDS: skipped (needs target/privacy-inventory.jar from `mvn package` and Monocle on the class path).");
            return;
        }
        String appPath = jar + File.pathSeparator + monocle;
        // class-data archives accept only jars on the class path, so the bare window gets a jar of its own
        String barePath = bareWindowJar() + File.pathSeparator + appPath;
        Path appArchive = work.resolve("app-cds.jsa");
        Path bareArchive = work.resolve("bare-cds.jsa");
        Files.deleteIfExists(appArchive);
        Files.deleteIfExists(bareArchive);
        launch(appPath, List.of("-XX:ArchiveClassesAtExit=" + appArchive), Main.class.getName(), "--smoke");
        launch(barePath, List.of("-XX:ArchiveClassesAtExit=" + bareArchive), BareWindow.class.getName());

        List<Timing> starts = interleaved(List.of(
                new Start(barePath, List.of(), BareWindow.class.getName()),
                new Start(barePath, List.of("-XX:SharedArchiveFile=" + bareArchive), BareWindow.class.getName()),
                // in one JVM without an archive, as before decision 0027 (the archive's own effect is measured here)
                new Start(appPath, List.of("-Dprivacyinventory.relaunch=false"), Main.class.getName(), "--smoke"),
                new Start(appPath, List.of("-XX:SharedArchiveFile=" + appArchive), Main.class.getName(), "--smoke"),
                new Start(
                        appPath,
                        List.of("-XX:SharedArchiveFile=" + appArchive),
                        Main.class.getName(),
                        db.toString(),
                        "--smoke")));
        Timing bare = starts.get(0);
        Timing bareCds = starts.get(1);
        Timing app = starts.get(2);
        Timing appCds = starts.get(3);
        Timing largeCds = starts.get(4);
        results.gui("packaged jar: bare window / with its AppCDS archive", ms(bare) + " / " + ms(bareCds), "", "");
        results.gui("packaged jar: app --smoke / with AppCDS", ms(app) + " / " + ms(appCds), "", "");
        results.gui(
                "packaged jar: app ÷ bare, both without / both with AppCDS",
                ratio(app, bare) + " / " + ratio(appCds, bareCds),
                "≤ 1.3×",
                met(appCds.median() / bareCds.median() <= 1.3));
        results.gui("packaged jar with AppCDS: app ÷ bare window without", ratio(appCds, bare), "", "");
        results.gui("packaged jar with AppCDS: " + db.getFileName() + ", first frame", ms(largeCds), "", "");
        results.note("AppCDS archives: app " + Files.size(appArchive) / 1024 / 1024 + " MB, bare "
                + Files.size(bareArchive) / 1024 / 1024 + " MB.");
    }

    private Path bareWindowJar() throws IOException {
        Path jar = work.resolve("bare-window.jar");
        Path classes = Path.of("target", "test-classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : List.of(
                    BareWindow.class,
                    BareWindow.Window.class,
                    BareWindow.Window.class.getClassLoader().loadClass(BareWindow.Window.class.getName() + "$1"))) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(classes.resolve(entry)));
                out.closeEntry();
            }
        } catch (ClassNotFoundException e) {
            throw new IOException("the bare window's timer class is missing", e);
        }
        return jar;
    }

    /**
     * One way of starting a JVM that reports {@code startup-ms}: {@code java} with a class path and
     * main class, or (when {@code launcher} is set) an app image's launcher.
     */
    private record Start(Path launcher, String classPath, List<String> jvmOptions, String mainClass, String... args) {
        Start(String classPath, List<String> jvmOptions, String mainClass, String... args) {
            this(null, classPath, jvmOptions, mainClass, args);
        }

        Start(Path launcher, List<String> jvmOptions, String... args) {
            this(launcher, null, jvmOptions, launcher.toString(), args);
        }

        String describe() {
            String name = launcher != null
                    ? "app image " + launcher.getFileName()
                    : mainClass.substring(mainClass.lastIndexOf('.') + 1);
            return name + " " + String.join(" ", jvmOptions) + " " + String.join(" ", args);
        }

        String run(GuiRuns runs) throws Exception {
            return launcher == null
                    ? runs.launch(classPath, jvmOptions, mainClass, args)
                    : runs.launchImage(launcher, jvmOptions, args);
        }
    }

    /**
     * Each start once as a warm-up (file cache), then round after round of one start of each, so
     * that a busy spell of the machine falls on all of them alike.
     */
    private List<Timing> interleaved(List<Start> starts) throws Exception {
        List<List<Double>> millis = new ArrayList<>();
        for (Start start : starts) {
            start.run(this);
            millis.add(new ArrayList<>());
        }
        for (int round = 0; round < runs; round++) {
            for (int i = 0; i < starts.size(); i++) {
                Start start = starts.get(i);
                String output = start.run(this);
                Matcher matcher = STARTUP.matcher(output);
                if (!matcher.find()) {
                    throw new IOException(start.mainClass() + " printed no startup-ms:\n" + output);
                }
                millis.get(i).add(Double.parseDouble(matcher.group(1)));
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Timing timing = Timing.of(millis.get(i));
            Benchmark.log(String.format(
                    Locale.ROOT,
                    "gui %s: median %.0f ms %s",
                    starts.get(i).describe(),
                    timing.median(),
                    millis.get(i)));
            timings.add(timing);
        }
        return timings;
    }

    private Timing heap(String classPath, String... args) throws Exception {
        List<Double> megabytes = new ArrayList<>();
        for (int i = 0; i < Math.max(1, runs / 2); i++) {
            String output = launch(classPath, List.of(), HeapProbe.class.getName(), args);
            Matcher matcher = HEAP.matcher(output);
            if (!matcher.find()) {
                throw new IOException("the heap probe printed nothing:\n" + output);
            }
            megabytes.add(Double.parseDouble(matcher.group(1)));
        }
        Benchmark.log("gui heap " + String.join(" ", args) + ": " + megabytes + " MB");
        return Timing.of(megabytes);
    }

    private String launch(String classPath, List<String> jvmOptions, String mainClass, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS);
        command.add("-Dprivacyinventory.dataDir=" + dataDir);
        command.add("-Djava.util.prefs.userRoot=" + prefs);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command), mainClass);
    }

    private String launchImage(Path launcher, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        List<String> options = new ArrayList<>(HEADLESS);
        options.add("-Dprivacyinventory.dataDir=" + dataDir);
        options.add("-Djava.util.prefs.userRoot=" + prefs);
        builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", options));
        if (!jvmOptions.isEmpty()) {
            builder.environment().put("_JAVA_OPTIONS", String.join(" ", jvmOptions));
        }
        return run(builder, launcher.getFileName().toString());
    }

    private String run(ProcessBuilder builder, String mainClass) throws Exception {
        Path log = work.resolve("gui.log");
        Process process =
                builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(mainClass + " did not exit within 120 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(mainClass + " exited with " + process.exitValue() + ":\n" + output);
        }
        return output;
    }

    private void deleteDefaultInventory() throws IOException {
        Files.deleteIfExists(dataDir.resolve("inventory.db"));
    }

    private static String ms(Timing timing) {
        return String.format(Locale.ROOT, "%.0f ms", timing.median());
    }

    private static String ratio(Timing a, Timing b) {
        return String.format(Locale.ROOT, "%.2f×", a.median() / b.median());
    }

    private static String met(boolean met) {
        return met ? "yes" : "no";
    }
}
