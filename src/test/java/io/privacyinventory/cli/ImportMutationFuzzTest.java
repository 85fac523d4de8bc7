package io.privacyinventory.cli;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.exchange.csv.CsvActivitiesReader;
import io.privacyinventory.exchange.csv.CsvDelimiter;
import io.privacyinventory.exchange.csv.CsvExport;
import io.privacyinventory.exchange.csv.CsvLayout;
import io.privacyinventory.exchange.csv.CsvOptions;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.store.InventoryStore;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random damage to valid input, as a bad disk, a careless edit or a half-finished download would do
 * it (a flipped byte, a cut-off end, a line deleted or doubled, two values swapped, bytes inserted):
 * {@code import --replace} either imports what the damaged file says, or exits 2 with one line on
 * stderr and leaves the database exactly as it was. It never fails in any other way.
 */
@net.jqwik.api.Tag("slow")
class ImportMutationFuzzTest {
    private static Path work;
    private static byte[] pristine;
    private static Inventory pristineInventory;
    private static final List<byte[]> JSON_DOCUMENTS = new ArrayList<>();
    private static final List<byte[]> CSV_FILES = new ArrayList<>();

    enum Mutation { FLIP_BYTE, TRUNCATE, DELETE_LINE, DUPLICATE_LINE, SWAP_VALUES, INSERT_BYTES }

    /** A damaged input and what was done to it. */
    record Mutant(Mutation mutation, byte[] bytes) {
        @Override
        public String toString() {
            return mutation + ": " + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @BeforeContainer
    static void prepare() throws Exception {
        work = Files.createTempDirectory("import-fuzz");
        pristineInventory = TestInventories.read(TestInventories.CLINIC_GROUP);
        Path db = work.resolve("pristine.db");
        InventoryStore.create(db, pristineInventory).close();
        pristine = Files.readAllBytes(db);
        List<Inventory> inventories = new ArrayList<>();
        TestInventories.SAMPLES.forEach(sample -> inventories.add(TestInventories.read(sample)));
        Random random = new Random(7);
        for (int i = 0; i < 4; i++) {
            inventories.add(RandomInventory.generate(random));
        }
        for (Inventory inventory : inventories) {
            JSON_DOCUMENTS.add(InventoryJsonWriter.toBytes(inventory));
            for (CsvOptions options : List.of(CsvOptions.plain("en"), CsvOptions.excelNorway("nb"),
                    new CsvOptions("en", CsvDelimiter.TAB, false))) {
                ByteArrayOutputStream csv = new ByteArrayOutputStream();
                CsvExport.write(inventory, CsvLayout.ACTIVITIES, options, csv);
                CSV_FILES.add(csv.toByteArray());
            }
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<Mutant> damagedJson() {
        return mutants(JSON_DOCUMENTS);
    }

    @Provide
    Arbitrary<Mutant> damagedCsv() {
        return mutants(CSV_FILES);
    }

    private static Arbitrary<Mutant> mutants(List<byte[]> originals) {
        return Arbitraries.of(Mutation.class).flatMap(mutation -> Arbitraries.of(originals).flatMap(original ->
                Arbitraries.randoms().map(random -> new Mutant(mutation, mutate(mutation, original, random)))));
    }

    @Property(tries = 300)
    void damagedJsonImportsOrExitsTwoWithoutChangingTheDatabase(@ForAll("damagedJson") Mutant mutant)
            throws Exception {
        Path input = Files.write(work.resolve("input.json"), mutant.bytes());
        Inventory expected = null;
        try {
            expected = InventoryJsonReader.read(new ByteArrayInputStream(mutant.bytes()), "input.json");
        } catch (Exception e) {
            // the damage made it invalid: the import must say so
        }
        check(mutant, input, expected);
    }

    @Property(tries = 300)
    void damagedCsvImportsOrExitsTwoWithoutChangingTheDatabase(@ForAll("damagedCsv") Mutant mutant) throws Exception {
        Path input = Files.write(work.resolve("input.csv"), mutant.bytes());
        Inventory expected = null;
        try {
            expected = CsvActivitiesReader.read(mutant.bytes(), "input.csv", pristineInventory).inventory();
        } catch (Exception e) {
            // the damage made it invalid: the import must say so
        }
        check(mutant, input, expected);
    }

    private static void check(Mutant mutant, Path input, Inventory expected) throws Exception {
        Path db = Files.write(work.resolve("inventory.db"), pristine);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("import", input.toString(), "--db", db.toString(), "--replace");

        String stderr = err.toString(StandardCharsets.UTF_8);
        Statistics.label("mutation").collect(mutant.mutation());
        Statistics.label("outcome").collect(exit == 0 ? "imported" : "refused, exit 2");
        if (expected == null) {
            assertThat(exit).as(stderr).isEqualTo(2);
            assertThat(stderr).startsWith("error: " + input).hasLineCount(1).doesNotContain("internal error");
            assertThat(Files.readAllBytes(db)).isEqualTo(pristine);
        } else {
            assertThat(exit).as(stderr).isZero();
            try (InventoryStore store = InventoryStore.openReadOnly(db)) {
                assertThat(store.load()).isEqualTo(expected);
            }
        }
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("nothing left beside the database").allMatch(name -> !name.contains("journal")
                            && !name.endsWith(".tmp"));
        }
        Files.delete(db);
    }

    static byte[] mutate(Mutation mutation, byte[] original, Random random) {
        byte[] bytes = original.clone();
        switch (mutation) {
            case FLIP_BYTE -> {
                int flips = 1 + random.nextInt(3);
                for (int i = 0; i < flips; i++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return bytes;
            }
            case TRUNCATE -> {
                return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case INSERT_BYTES -> {
                int at = random.nextInt(bytes.length + 1);
                byte[] inserted = new byte[1 + random.nextInt(4)];
                String specials = "{}[]\",:;'\n\r\t\\=<0";
                for (int i = 0; i < inserted.length; i++) {
                    inserted[i] = (byte) specials.charAt(random.nextInt(specials.length()));
                }
                byte[] result = new byte[bytes.length + inserted.length];
                System.arraycopy(bytes, 0, result, 0, at);
                System.arraycopy(inserted, 0, result, at, inserted.length);
                System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
                return result;
            }
            default -> {
                List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
                int line = random.nextInt(lines.size());
                switch (mutation) {
                    case DELETE_LINE -> lines.remove(line);
                    case DUPLICATE_LINE -> lines.add(line, lines.get(line));
                    default -> swapValues(lines, random);
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Two lines swap what follows their first ": " (JSON) or their first delimiter (CSV). */
    private static void swapValues(List<String> lines, Random random) {
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        int splitA = split(lines.get(a));
        int splitB = split(lines.get(b));
        if (splitA < 0 || splitB < 0) {
            return;
        }
        String headA = lines.get(a).substring(0, splitA);
        String headB = lines.get(b).substring(0, splitB);
        String tailA = lines.get(a).substring(splitA);
        String tailB = lines.get(b).substring(splitB);
        lines.set(a, headA + tailB);
        lines.set(b, headB + tailA);
    }

    private static int split(String line) {
        for (String separator : new String[] {": ", ";", ",", "\t"}) {
            int at = line.indexOf(separator);
            if (at >= 0) {
                return at + separator.length();
            }
        }
        return -1;
    }
}
