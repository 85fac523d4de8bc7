package io.privacyinventory.bench;

import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.exchange.csv.CsvDelimiter;
import io.privacyinventory.exchange.csv.CsvExport;
import io.privacyinventory.exchange.csv.CsvLayout;
import io.privacyinventory.exchange.csv.CsvOptions;
import io.privacyinventory.generate.InventoryGenerator;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Edit;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.findings.InventoryChecker;
import io.privacyinventory.notice.NoticeComposer;
import io.privacyinventory.notice.NoticeFormat;
import io.privacyinventory.notice.NoticeLanguage;
import io.privacyinventory.store.DocumentImport;
import io.privacyinventory.store.InventoryStore;
import io.privacyinventory.ui.TaskRunner;
import io.privacyinventory.ui.activities.ActivitiesViewModel;
import io.privacyinventory.ui.catalog.CatalogViewModel;
import io.privacyinventory.ui.document.InventoryDocument;
import io.privacyinventory.ui.findings.FindingsModel;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.transformation.SortedList;
import org.sqlite.SQLiteConfig;

/**
 * The performance benchmark: generates inventories of 1,000, 10,000 and 100,000 activities and
 * measures, in this JVM after warm-up, what a user waits for (import, load, exports, check, the
 * Activities filter, one edit) and, in fresh JVMs, the GUI start-up against a bare JavaFX window.
 * Prints a table of medians with the targets of issue 6 and writes it to
 * {@code target/bench/results.md}. Not a test: run it with {@code mvn -Pbench verify}
 * (see docs/performance.md for the options).
 */
public final class Benchmark {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** Typed into the Activities filter one key at a time, then erased the same way. */
    static final List<String> QUERIES = List.of("kundeservice", "payroll", "vest", "sap", "qx");
    /** An editing session makes many edits: they are timed once the code that makes them is compiled. */
    static final int EDIT_WARM_UPS = 200;

    static final int EDIT_RUNS = 100;

    private final Options options;
    private final Path work;
    private final Results results = new Results();
    private Path tenThousand;

    private Benchmark(Options options, Path work) {
        this.options = options;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = Path.of("target", "bench").toAbsolutePath();
        Files.createDirectories(work);
        new Benchmark(options, work).run();
    }

    private void run() throws Exception {
        Machine machine = Machine.describe(work);
        String loadAtStart = Machine.loadAverage();
        String probeAtStart = Machine.speedProbe();
        Machine.CpuTimes cpuAtStart = Machine.CpuTimes.now();
        System.out.println(machine.markdown() + "load average: " + loadAtStart + "; speed probe: " + probeAtStart);
        for (int size : options.sizes) {
            measureSize(size);
        }
        if (tenThousand != null && options.cli) {
            cli(tenThousand);
        }
        if (options.stallsOnly) {
            Path db = tenThousand != null ? tenThousand : work.resolve("inventory-" + options.sizes.get(0) + ".db");
            new GuiRuns(work, options.guiRuns, results).stalls(db);
        } else if (options.gui) {
            Path db = tenThousand != null ? tenThousand : work.resolve("inventory-" + options.sizes.get(0) + ".db");
            new GuiRuns(work, options.guiRuns, results).run(db, options.appCds);
        }
        String report = "# Benchmark results, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n\n"
                + machine.markdown() + "| load average at start / end | " + loadAtStart + " / " + Machine.loadAverage()
                + " |\n| speed probe at start / end (sqlite3, a million unique inserts; lower is faster) | "
                + probeAtStart + " / " + Machine.speedProbe()
                + " |\n| processor time stolen by the host during the run | "
                + Machine.CpuTimes.now().stolenSince(cpuAtStart) + " |\n\n" + results.table(options.sizes) + "\n"
                + results.notes();
        System.out.println();
        System.out.println(report);
        Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
        System.out.println("written to " + work.resolve("results.md"));
    }

    private void measureSize(int size) throws Exception {
        boolean large = size >= 100_000;
        int warmUps = large ? 1 : 3;
        int runs = large ? Math.max(3, options.runs / 2) : options.runs;
        log("== " + size + " activities (" + warmUps + " warm-up, " + runs + " measured runs each)");

        Path json = work.resolve("inventory-" + size + ".json");
        Path db = work.resolve("inventory-" + size + ".db");
        Inventory generated = InventoryGenerator.generate(size, options.seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(json))) {
            InventoryJsonWriter.write(generated, out);
        }
        generated = null;
        log("generated " + json.getFileName() + " (" + Files.size(json) / 1024 / 1024 + " MB)");

        if (options.wants("import") || !Files.isRegularFile(db)) {
            // the previous run's file (372 MB at 100,000 activities) is removed before each run, outside its
            // time: its unlink is no part of an import
            Timing imported = Timing.of(
                    options.wants("import") ? warmUps : 0,
                    options.wants("import") ? runs : 1,
                    () -> Files.deleteIfExists(db),
                    // as import does into a new file: rows written while the document is read (decision 0020)
                    () -> DocumentImport.intoNewFile(json, db));
            if (options.wants("import")) {
                record("import", size, imported);
                importParts(json, size, warmUps, runs);
            }
        }
        if (size == 10_000) {
            tenThousand = db;
        }
        Inventory[] loaded = new Inventory[1];
        Timing load = Timing.of(options.wants("load") ? warmUps : 0, options.wants("load") ? runs : 1, () -> {
            loaded[0] = null;
            try (InventoryStore store = InventoryStore.openReadOnly(db)) {
                loaded[0] = store.load();
            }
        });
        if (options.wants("load")) {
            record("load", size, load);
        }
        Inventory inventory = loaded[0];

        Path csv = work.resolve("activities-" + size + ".csv");
        CsvOptions csvOptions = new CsvOptions("en", CsvDelimiter.COMMA, false);
        if (options.wants("csv")) {
            record(
                    "csv-activities",
                    size,
                    Timing.of(warmUps, runs, () -> writeCsv(inventory, CsvLayout.ACTIVITIES, csvOptions, csv)));
            record(
                    "csv-protocol",
                    size,
                    Timing.of(
                            warmUps,
                            runs,
                            () -> writeCsv(
                                    inventory,
                                    CsvLayout.PROTOCOL,
                                    csvOptions,
                                    work.resolve("protocol-" + size + ".csv"))));
            record("load+csv", size, Timing.of(warmUps, runs, () -> {
                try (InventoryStore store = InventoryStore.openReadOnly(db)) {
                    writeCsv(store.load(), CsvLayout.ACTIVITIES, csvOptions, csv);
                }
            }));
            record(
                    "sqlite3-csv",
                    size,
                    Timing.of(1, runs, () -> sqliteCsv(db, work.resolve("sqlite3-" + size + ".csv"))));
        }
        if (options.wants("notice")) {
            record(
                    "notice-text",
                    size,
                    Timing.of(
                            warmUps,
                            runs,
                            () -> NoticeComposer.compose(inventory, NoticeLanguage.EN)
                                    .render(NoticeFormat.TEXT)));
            record(
                    "notice-html",
                    size,
                    Timing.of(
                            warmUps,
                            runs,
                            () -> NoticeComposer.compose(inventory, NoticeLanguage.NB)
                                    .render(NoticeFormat.HTML)));
        }
        if (options.wants("check")) {
            record(
                    "check",
                    size,
                    Timing.of(warmUps, runs, () -> InventoryChecker.check(inventory, TODAY, Locale.ENGLISH)));
        }
        if (options.wants("export")) {
            record("export-json", size, Timing.of(warmUps, runs, () -> {
                try (OutputStream out =
                        new BufferedOutputStream(Files.newOutputStream(work.resolve("export-" + size + ".json")))) {
                    InventoryJsonWriter.write(inventory, out);
                }
            }));
        }
        if (options.wants("filter")) {
            record("filter-predicate", size, FilterBaseline.keystrokes(inventory, QUERIES, options.runs));
            record("filter", size, filter(db, inventory));
        }
        if (options.wants("sort")) {
            tableSorts(db, inventory, size, warmUps, runs);
        }
        if (!options.wants("edit")) {
            return;
        }
        Timing edit = edit(db, inventory, size);
        Timing bare = bareWrite();
        record("edit", size, edit);
        record("bare-write", size, bare);
        Timing[] server = ServerBench.measure(inventory, size, warmUps, runs);
        record("server-load", size, server[0]);
        record("server-edit", size, server[1]);
        record("server-whole-check", size, server[2]);
    }

    /**
     * The commands as a user runs them: a fresh JVM each time, from the packaged jar, on 10,000
     * activities. Wall time including JVM start, class loading and interpreted code.
     */
    private void cli(Path db) throws Exception {
        Path jar = Path.of("target", "privacy-inventory.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            results.note("CLI: skipped (needs target/privacy-inventory.jar from `mvn package`).");
            return;
        }
        Path json = db.resolveSibling(db.getFileName().toString().replace(".db", ".json"));
        Path imported = work.resolve("cli-import.db");
        Path out = work.resolve("cli-out");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("import FILE.json --db NEW.db", List.of("import", json.toString(), "--db", imported.toString()));
        commands.put("export csv FILE.db", List.of("export", "csv", db.toString(), "-o", out.toString()));
        commands.put("export notice FILE.db", List.of("export", "notice", db.toString(), "-o", out.toString()));
        commands.put("check FILE.db", List.of("check", db.toString()));
        commands.put("--version (JVM start and nothing else)", List.of("--version"));
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 1 + options.cliRuns; i++) {
                Files.deleteIfExists(imported);
                List<String> line = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
                line.addAll(command.getValue());
                long start = System.nanoTime();
                Process process = new ProcessBuilder(line)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                int exit = process.waitFor();
                if (exit > 1) {
                    throw new IOException(String.join(" ", line) + " exited with " + exit);
                }
                if (i > 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            Timing timing = Timing.of(millis);
            results.cli(command.getKey(), Results.ms(timing.median()));
            log(String.format(Locale.ROOT, "cli %-40s median %7.0f ms %s", command.getKey(), timing.median(), millis));
        }
    }

    private static void writeCsv(Inventory inventory, CsvLayout layout, CsvOptions options, Path file)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            CsvExport.write(inventory, layout, options, out);
        }
    }

    /**
     * The same tables, read and written as CSV by the sqlite3 shell: one row per activity with its
     * texts, codes and the names of what it refers to, lists joined as the activities layout joins them.
     */
    static final String SQLITE_QUERY = """
            SELECT a.code, a.name, a.description, a.owner, a.role, a.status,
              (SELECT group_concat(name, '; ') FROM (SELECT c.name FROM contact c WHERE c.activity_id = a.id ORDER BY c.position)),
              (SELECT group_concat(x, '; ') FROM (SELECT t.name || ' ' || t.code AS x FROM activity_data_subject l
                 JOIN data_subject t ON t.id = l.data_subject_id WHERE l.activity_id = a.id ORDER BY l.position)),
              (SELECT group_concat(x, '; ') FROM (SELECT t.name || ' ' || t.code || ' ' || t.special AS x FROM activity_data_category l
                 JOIN data_category t ON t.id = l.data_category_id WHERE l.activity_id = a.id ORDER BY l.position)),
              (SELECT group_concat(x, '; ') FROM (SELECT p.name || ' ' || p.code || ' ' || coalesce(l.legal_basis, '')
                 || ' ' || coalesce(l.legal_basis_reference, '') || ' ' || coalesce(l.legitimate_interest, '')
                 || ' ' || coalesce(l.special_category_condition, '') AS x FROM activity_purpose l
                 JOIN purpose p ON p.id = l.purpose_id WHERE l.activity_id = a.id ORDER BY l.position)),
              (SELECT group_concat(x, '; ') FROM (SELECT t.name || ' ' || t.code || ' ' || coalesce(t.kind, '')
                 || ' ' || coalesce(t.country, '') AS x FROM activity_recipient l
                 JOIN recipient t ON t.id = l.recipient_id WHERE l.activity_id = a.id ORDER BY l.position)),
              (SELECT group_concat(x, '; ') FROM (SELECT l.country || ' ' || coalesce(l.safeguard, '') || ' '
                 || coalesce(r.name, '') || ' ' || coalesce(l.description, '') AS x FROM transfer l
                 LEFT JOIN recipient r ON r.id = l.recipient_id WHERE l.activity_id = a.id ORDER BY l.position)),
              (SELECT group_concat(x, '; ') FROM (SELECT coalesce(l.period, '') || ' ' || coalesce(l.trigger_text, '')
                 || ' ' || coalesce(l.description, '') || ' ' || coalesce((SELECT group_concat(c.name, ', ')
                 FROM retention_rule_category rc JOIN data_category c ON c.id = rc.data_category_id
                 WHERE rc.rule_id = l.id), '*') AS x FROM retention_rule l WHERE l.activity_id = a.id ORDER BY l.position)),
              a.security_measures, a.statutory_requirement, a.automated_decisions_used, a.automated_decisions_logic,
              a.dpia_status, a.dpia_reference, a.reviewed_on, a.review_due, a.notes
            FROM activity a ORDER BY a.position""";

    private static void sqliteCsv(Path db, Path out) throws Exception {
        Process process = new ProcessBuilder("sqlite3", "-csv", "-header", "-readonly", db.toString(), SQLITE_QUERY)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (process.waitFor() != 0) {
            throw new IOException("sqlite3 failed with exit code " + process.exitValue());
        }
    }

    /**
     * The Activities view's filter, driven as the view drives it: the view model's filter property
     * (its own filtered index, decision 0015) with a SortedList on top, as the table has. One timing
     * per keystroke: each query is typed a letter at a time and erased again. The very first
     * keystroke, which makes the search keys, is reported as the first run.
     */
    private Timing filter(Path db, Inventory inventory) throws Exception {
        try (InventoryStore store = InventoryStore.openReadOnly(db)) {
            InventoryDocument document = new InventoryDocument(store, inventory, TaskRunner.direct());
            ActivitiesViewModel model = new ActivitiesViewModel(document, "Ny behandling", "(kopi)");
            SortedList<Activity> table = new SortedList<>(model.visibleActivities());
            List<Double> keystrokes = new ArrayList<>();
            double first = Double.NaN;
            for (int round = 0; round < 2 + options.runs; round++) {
                for (String query : QUERIES) {
                    for (String text : typedAndErased(query)) {
                        long start = System.nanoTime();
                        model.filterProperty().set(text);
                        int visible = table.size();
                        long took = System.nanoTime() - start;
                        if (Double.isNaN(first)) {
                            first = took / 1e6;
                        }
                        if (round >= 2) {
                            keystrokes.add(took / 1e6);
                        }
                        if (visible < 0) {
                            throw new IllegalStateException();
                        }
                    }
                }
            }
            model.dispose();
            log(String.format(
                    Locale.ROOT,
                    "filter %d: first keystroke (search keys made) %.1f ms",
                    inventory.activities().size(),
                    first));
            return Timing.of(keystrokes);
        }
    }

    /**
     * Where import's time goes: reading the document (parse, mapping the lists item by item, and
     * validate the inventory; decision 0016) and writing the new file from the inventory read (rows, change-log
     * row, commit, the move into place), each timed alone.
     */
    private void importParts(Path json, int size, int warmUps, int runs) throws Exception {
        record("import-read", size, Timing.of(warmUps, runs, () -> InventoryJsonReader.read(json)));
        Inventory read = InventoryJsonReader.read(json);
        Path db = work.resolve("import-part-" + size + ".db");
        record(
                "import-write",
                size,
                Timing.of(
                        warmUps,
                        runs,
                        () -> Files.deleteIfExists(db),
                        // as a CSV import into a new file, generate and a new inventory do (decision 0033)
                        () -> InventoryStore.createNewFile(db, read)));
        Files.deleteIfExists(db);
    }

    /** What the filter shows while a query is typed a letter at a time and then erased. */
    static List<String> typedAndErased(String query) {
        List<String> states = new ArrayList<>();
        for (int i = 1; i <= query.length(); i++) {
            states.add(query.substring(0, i));
        }
        for (int i = query.length() - 1; i >= 0; i--) {
            states.add(query.substring(0, i));
        }
        return states;
    }

    /**
     * Two table columns that are computed per row: "Used" in a catalogue (how many activities use the
     * item) and the findings of each activity; each sorted by, which asks for the value at every comparison.
     */
    private void tableSorts(Path db, Inventory inventory, int size, int warmUps, int runs) throws Exception {
        try (InventoryStore store = InventoryStore.openReadOnly(db)) {
            InventoryDocument document = new InventoryDocument(store, inventory, TaskRunner.direct());
            record("sort-used", size, Timing.of(warmUps, runs, () -> {
                CatalogViewModel categories = new CatalogViewModel(document, EntityType.DATA_CATEGORY);
                List<Entity> items = new ArrayList<>(categories.visibleItems());
                items.sort(Comparator.comparingLong(item -> categories.usageCount(item.id())));
                categories.dispose();
            }));
            FindingsModel findings = new FindingsModel(
                    document,
                    TaskRunner.direct(),
                    Locale.ENGLISH,
                    Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
            record("sort-findings", size, Timing.of(warmUps, runs, () -> {
                List<Activity> activities = new ArrayList<>(inventory.activities());
                activities.sort(Comparator.comparingInt(
                        activity -> findings.aboutActivity(activity.id()).size()));
            }));
        }
    }

    /** One field of one activity renamed through the store's edit API: a transaction with its change-log row. */
    private Timing edit(Path db, Inventory inventory, int size) throws Exception {
        Path copy = work.resolve("edit-" + size + ".db");
        Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
        String id =
                inventory.activities().get(inventory.activities().size() / 2).id();
        int[] count = {0};
        try (InventoryStore store = InventoryStore.open(copy)) {
            return Timing.of(EDIT_WARM_UPS, EDIT_RUNS, () -> {
                int n = ++count[0];
                store.apply(new Edit.SetField(
                        EntityType.ACTIVITY,
                        id,
                        "name",
                        Text.of("nb", "Lønnskjøring " + n).with("en", "Payroll " + n)));
            });
        }
    }

    /** One committed UPDATE of one row of a plain SQLite table, with the settings inventory files use. */
    private Timing bareWrite() throws Exception {
        Path file = work.resolve("bare.db");
        Files.deleteIfExists(file);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            execute(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
            execute(connection, "INSERT INTO t VALUES (1, 'start')");
            int[] count = {0};
            try (PreparedStatement update = connection.prepareStatement("UPDATE t SET v = ? WHERE id = 1")) {
                return Timing.of(EDIT_WARM_UPS, EDIT_RUNS, () -> {
                    execute(connection, "BEGIN IMMEDIATE");
                    update.setString(1, "value " + ++count[0]);
                    update.executeUpdate();
                    execute(connection, "COMMIT");
                });
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void record(String measure, int size, Timing timing) {
        results.put(measure, size, timing);
        log(String.format(
                Locale.ROOT,
                "%-16s %7d: median %9.1f ms  min %9.1f ms  p95 %9.1f ms  first %9.1f ms  (%d runs)",
                measure,
                size,
                timing.median(),
                timing.min(),
                timing.p95(),
                timing.cold(),
                timing.count()));
    }

    static void log(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Command-line options of the benchmark. */
    static final class Options {
        List<Integer> sizes = List.of(1_000, 10_000, 100_000);
        int runs = 5;
        int guiRuns = 5;
        boolean gui = true;
        boolean cli = true;
        int cliRuns = 3;
        boolean appCds = true;
        boolean stallsOnly;
        long seed = 1;
        /** The in-process measures to take (import, load, csv, notice, check, export, filter, sort, edit); empty for all. */
        java.util.Set<String> only = java.util.Set.of();

        boolean wants(String measure) {
            return only.isEmpty() || only.contains(measure);
        }

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> options.sizes = List.of(1_000, 10_000);
                    case "--sizes" ->
                        options.sizes = java.util.Arrays.stream(args[++i].split(","))
                                .map(String::strip)
                                .map(Integer::parseInt)
                                .toList();
                    case "--runs" -> options.runs = Integer.parseInt(args[++i]);
                    case "--gui-runs" -> options.guiRuns = Integer.parseInt(args[++i]);
                    case "--no-gui" -> options.gui = false;
                    case "--no-cli" -> options.cli = false;
                    case "--no-appcds" -> options.appCds = false;
                    case "--seed" -> options.seed = Long.parseLong(args[++i]);
                    case "--stalls-only" -> options.stallsOnly = true;
                    case "--only" -> options.only = java.util.Set.of(args[++i].split(","));
                    case "" -> {
                        // an empty -Dbench.args
                    }
                    default ->
                        throw new IllegalArgumentException(
                                "unknown option " + args[i] + " (expected --quick, "
                                        + "--sizes 1000,10000, --runs N, --gui-runs N, --no-gui, --no-cli, --no-appcds, --seed S, --only filter,sort, --stalls-only)");
                }
            }
            return options;
        }
    }

    /** Timings by measure and size, and the lines of the GUI section. */
    static final class Results {
        private final Map<String, Map<Integer, Timing>> timings = new LinkedHashMap<>();
        private final List<String[]> gui = new ArrayList<>();
        private final List<String[]> cli = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        void put(String measure, int size, Timing timing) {
            timings.computeIfAbsent(measure, k -> new LinkedHashMap<>()).put(size, timing);
        }

        void gui(String measure, String value, String target, String met) {
            gui.add(new String[] {measure, value, target, met});
        }

        void cli(String command, String value) {
            cli.add(new String[] {command, value});
        }

        void note(String line) {
            notes.add(line);
        }

        Timing get(String measure, int size) {
            return timings.getOrDefault(measure, Map.of()).get(size);
        }

        String table(List<Integer> sizes) {
            StringBuilder out = new StringBuilder();
            out.append("| measure (median, in-process, warm) |");
            sizes.forEach(size -> out.append(' ')
                    .append(String.format(Locale.ROOT, "%,d", size))
                    .append(" |"));
            out.append(" 100k ÷ 10k | target at 10k | met |\n|---|");
            sizes.forEach(size -> out.append("---:|"));
            out.append("---:|---|---|\n");
            row(out, sizes, "JSON import into a new .db", "import", 1000);
            row(
                    out,
                    sizes,
                    "… apart, one after the other: reading the JSON document (parse, build, validate)",
                    "import-read",
                    null);
            row(
                    out,
                    sizes,
                    "… apart, one after the other: writing the new .db from the inventory",
                    "import-write",
                    null);
            row(out, sizes, "load whole inventory", "load", null);
            row(out, sizes, "CSV export, activities layout", "csv-activities", 300);
            row(out, sizes, "CSV export, protocol layout", "csv-protocol", 300);
            row(out, sizes, "load + CSV activities (file to file)", "load+csv", null);
            row(out, sizes, "sqlite3 -csv, same tables", "sqlite3-csv", null);
            row(out, sizes, "notice, text (en)", "notice-text", 500);
            row(out, sizes, "notice, HTML (nb)", "notice-html", 500);
            row(out, sizes, "check", "check", 300);
            row(out, sizes, "export json", "export-json", null);
            filterRow(out, sizes, "Activities filter, per keystroke: median / p95", "filter");
            filterRow(out, sizes, "… the same with the former FilteredList predicate", "filter-predicate");
            row(out, sizes, "Data categories table sorted by \"Used\"", "sort-used", null);
            row(out, sizes, "Activities table sorted by findings", "sort-findings", null);
            row(out, sizes, "one field edit (commit + change-log row)", "edit", null);
            row(out, sizes, "one bare committed write (plain table)", "bare-write", null);
            row(out, sizes, "team server (PostgreSQL, loopback): load whole inventory", "server-load", null);
            row(out, sizes, "team server: one field edit (commit + change-log row)", "server-edit", null);
            ratioRow(out, sizes, "load + CSV ÷ sqlite3 -csv", "load+csv", "sqlite3-csv", 2.0);
            ratioRow(out, sizes, "field edit ÷ bare write", "edit", "bare-write", 2.0);
            if (!cli.isEmpty()) {
                out.append(
                        "\n| command at 10,000 activities (fresh JVM from the jar, wall time, median) | time |\n|---|---:|\n");
                cli.forEach(line -> out.append("| `")
                        .append(line[0])
                        .append("` | ")
                        .append(line[1])
                        .append(" |\n"));
            }
            if (!gui.isEmpty()) {
                out.append(
                        "\n| GUI (fresh JVM, headless Monocle, median) | value | target | met |\n|---|---:|---|---|\n");
                gui.forEach(line ->
                        out.append("| ").append(String.join(" | ", line)).append(" |\n"));
            }
            return out.toString();
        }

        String notes() {
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, Map<Integer, Timing>> measure : timings.entrySet()) {
                Timing ten = measure.getValue().get(10_000);
                if (ten != null && !Double.isNaN(ten.cold())) {
                    lines.add(measure.getKey() + " " + ms(ten.cold()));
                }
            }
            String cold = lines.isEmpty()
                    ? ""
                    : "First of the runs at 10,000 activities (after the 1,000 runs, so mostly "
                            + "compiled already; the one-off commands below start colder): " + String.join(", ", lines)
                            + ".\n";
            return cold + (notes.isEmpty() ? "" : String.join("\n", notes) + "\n");
        }

        private void row(StringBuilder out, List<Integer> sizes, String label, String measure, Integer targetMs) {
            out.append("| ").append(label).append(" |");
            for (int size : sizes) {
                Timing timing = get(measure, size);
                out.append(' ')
                        .append(timing == null ? "–" : ms(timing.median()))
                        .append(" |");
            }
            out.append(' ').append(growth(measure)).append(" | ");
            Timing ten = get(measure, 10_000);
            if (targetMs == null) {
                out.append("| |\n");
            } else {
                out.append("≤ ")
                        .append(ms(targetMs))
                        .append(" | ")
                        .append(ten == null ? "–" : ten.median() <= targetMs ? "yes" : "no")
                        .append(" |\n");
            }
        }

        private void filterRow(StringBuilder out, List<Integer> sizes, String label, String measure) {
            out.append("| ").append(label).append(" |");
            for (int size : sizes) {
                Timing timing = get(measure, size);
                out.append(' ')
                        .append(timing == null ? "–" : ms(timing.median()) + " / " + ms(timing.p95()))
                        .append(" |");
            }
            Timing ten = get(measure, size100k(sizes));
            out.append(' ')
                    .append(growth(measure))
                    .append(" | ≤ 16 ms (median, 100,000) | ")
                    .append(ten == null ? "–" : ten.median() <= 16 ? "yes" : "no")
                    .append(" |\n");
        }

        private static int size100k(List<Integer> sizes) {
            return sizes.contains(100_000) ? 100_000 : 10_000;
        }

        private void ratioRow(
                StringBuilder out, List<Integer> sizes, String label, String measure, String base, double target) {
            out.append("| ").append(label).append(" |");
            for (int size : sizes) {
                Timing a = get(measure, size);
                Timing b = get(base, size);
                out.append(' ')
                        .append(
                                a == null || b == null
                                        ? "–"
                                        : String.format(Locale.ROOT, "%.2f×", a.median() / b.median()))
                        .append(" |");
            }
            Timing a = get(measure, 10_000);
            Timing b = get(base, 10_000);
            out.append(" | ≤ ")
                    .append(String.format(Locale.ROOT, "%.1f×", target))
                    .append(" | ")
                    .append(a == null || b == null ? "–" : a.median() / b.median() <= target ? "yes" : "no")
                    .append(" |\n");
        }

        private String growth(String measure) {
            Timing ten = get(measure, 10_000);
            Timing hundred = get(measure, 100_000);
            if (ten == null || hundred == null) {
                return "–";
            }
            return String.format(Locale.ROOT, "%.1f×", hundred.median() / ten.median());
        }

        static String ms(double millis) {
            if (millis >= 100) {
                return String.format(Locale.ROOT, "%,.0f ms", millis);
            }
            return String.format(Locale.ROOT, millis >= 10 ? "%.1f ms" : "%.2f ms", millis);
        }
    }
}
