package io.privacyinventory.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

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

    enum Mutation {
        FLIP_BYTE,
        TRUNCATE,
        DELETE_LINE,
        DUPLICATE_LINE,
        SWAP_VALUES,
        INSERT_BYTES
    }

    /** Hostile rather than damaged: each of these makes any JSON document invalid. */
    enum Attack {
        HUGE_NUMBER,
        LONE_SURROGATE,
        OVERLONG_UTF8,
        UNKNOWN_FIELD_BOMB
    }

    /** Numbers short enough for the length limit, or just past it, that no conversion may expand. */
    private static final List<String> HOSTILE_NUMBERS = List.of(
            "1e999999999",
            "-1E-999999999",
            "9".repeat(30),
            "1".repeat(31),
            "0.00000000000000000000000001e99",
            "2147483648",
            "1e9999999999999999999");
    /** Strings that are not UTF-8: overlong forms of "/" and NUL, an encoded surrogate, a code point past U+10FFFF. */
    private static final List<byte[]> OVERLONG = List.of(
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});

    record Hostile(Attack attack, byte[] bytes) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return attack + ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

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
            for (CsvOptions options : List.of(
                    CsvOptions.plain("en"),
                    CsvOptions.excelNorway("nb"),
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

    @Provide
    Arbitrary<Hostile> hostileJson() {
        return Arbitraries.of(Attack.class)
                .flatMap(attack -> Arbitraries.of(JSON_DOCUMENTS)
                        .flatMap(original -> Arbitraries.randoms()
                                .map(random -> new Hostile(attack, attack(attack, original, random)))));
    }

    /**
     * Each attack is refused: exit 2, one short line naming the file, line and column, the
     * database unchanged. A bomb of thousands of empty objects in an unknown field is passed over
     * unbuilt; a number is never expanded into its digits.
     */
    @Property(tries = 60)
    void hostileJsonIsRefusedAtItsPlaceWithoutChangingTheDatabase(@ForAll("hostileJson") Hostile hostile)
            throws Exception {
        Path input = Files.write(work.resolve("input.json"), hostile.bytes());
        check(hostile.attack(), input, null);
    }

    static byte[] attack(Attack attack, byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<Integer> strings = new ArrayList<>();
        for (int at = text.indexOf(": \""); at >= 0; at = text.indexOf(": \"", at + 1)) {
            strings.add(at + 3);
        }
        int inString = strings.get(random.nextInt(strings.size()));
        return switch (attack) {
            case HUGE_NUMBER -> {
                String number = HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size()));
                if (random.nextBoolean()) {
                    yield text.replaceFirst("\"formatVersion\": \\d+", "\"formatVersion\": " + number)
                            .getBytes(StandardCharsets.UTF_8);
                }
                int end = text.indexOf('"', inString);
                yield (text.substring(0, inString - 1) + number + text.substring(end + 1))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case LONE_SURROGATE -> {
                String escape = random.nextBoolean() ? "\\ud800" : "\\udfff";
                yield (text.substring(0, inString) + escape + text.substring(inString))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case OVERLONG_UTF8 -> {
                byte[] head = text.substring(0, inString).getBytes(StandardCharsets.UTF_8);
                byte[] bad = OVERLONG.get(random.nextInt(OVERLONG.size()));
                byte[] tail = text.substring(inString).getBytes(StandardCharsets.UTF_8);
                byte[] result = Arrays.copyOf(head, head.length + bad.length + tail.length);
                System.arraycopy(bad, 0, result, head.length, bad.length);
                System.arraycopy(tail, 0, result, head.length + bad.length, tail.length);
                yield result;
            }
            case UNKNOWN_FIELD_BOMB -> {
                List<Integer> objects = new ArrayList<>();
                for (int at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at + 1)) {
                    objects.add(at + 1);
                }
                int at = objects.get(random.nextInt(objects.size()));
                String name = random.nextBoolean() ? "bomb" : "de";
                String bomb = "\"" + name + "\": [" + "{},".repeat(5_000 + random.nextInt(5_000)) + "[[[]]]], ";
                yield (text.substring(0, at) + bomb + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private static Arbitrary<Mutant> mutants(List<byte[]> originals) {
        return Arbitraries.of(Mutation.class)
                .flatMap(mutation -> Arbitraries.of(originals)
                        .flatMap(original -> Arbitraries.randoms()
                                .map(random -> new Mutant(mutation, mutate(mutation, original, random)))));
    }

    @Property(tries = 300)
    void damagedJsonImportsOrExitsTwoWithoutChangingTheDatabase(@ForAll("damagedJson") Mutant mutant) throws Exception {
        Path input = Files.write(work.resolve("input.json"), mutant.bytes());
        Inventory expected = null;
        try {
            expected = InventoryJsonReader.read(new ByteArrayInputStream(mutant.bytes()), "input.json");
        } catch (Exception e) {
            // the damage made it invalid: the import must say so
        }
        check(mutant.mutation(), input, expected);
    }

    @Property(tries = 300)
    void damagedCsvImportsOrExitsTwoWithoutChangingTheDatabase(@ForAll("damagedCsv") Mutant mutant) throws Exception {
        Path input = Files.write(work.resolve("input.csv"), mutant.bytes());
        Inventory expected = null;
        try {
            expected = CsvActivitiesReader.read(mutant.bytes(), "input.csv", pristineInventory)
                    .inventory();
        } catch (Exception e) {
            // the damage made it invalid: the import must say so
        }
        check(mutant.mutation(), input, expected);
    }

    private static void check(Enum<?> damage, Path input, Inventory expected) throws Exception {
        Path db = Files.write(work.resolve("inventory.db"), pristine);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new Cli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("import", input.toString(), "--db", db.toString(), "--replace");

        String stderr = err.toString(StandardCharsets.UTF_8);
        Statistics.label("damage").collect(damage);
        Statistics.label("outcome").collect(exit == 0 ? "imported" : "refused, exit 2");
        if (expected == null) {
            assertThat(exit).as(stderr).isEqualTo(2);
            assertThat(stderr).startsWith("error: " + input).hasLineCount(1).doesNotContain("internal error");
            assertThat(stderr.length())
                    .as("a message quotes at most a few hundred characters of the input")
                    .isLessThan(1000);
            assertThat(Files.readAllBytes(db)).isEqualTo(pristine);
        } else {
            assertThat(exit).as(stderr).isZero();
            try (InventoryStore store = InventoryStore.openReadOnly(db)) {
                assertThat(store.load()).isEqualTo(expected);
            }
        }
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("nothing left beside the database")
                    .allMatch(name -> !name.contains("journal") && !name.endsWith(".tmp"));
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
                List<String> lines =
                        new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
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
