package io.privacyinventory.exchange.csv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.privacyinventory.exchange.InputFiles;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.exchange.SourceLocation;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Ids;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Problem;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a file of the {@code activities} layout (the app's own export, or a spreadsheet whose
 * headings were changed to the layout's, in English or Norwegian) into an inventory, following
 * docs/csv.md: headings map to column keys, the formula guard is undone, lists are split, fixed
 * names go back to codes, and references are taken from the id columns, or, where a file has
 * only names, matched by name or made into new catalogue entries with ids from the names.
 *
 * <p>Read into an existing inventory ({@code base}), the file replaces the activities and keeps
 * everything else: catalogue entries are matched by id (their details stay as they are), texts
 * that did not change keep their translations, a column the file does not have leaves that field
 * of an activity as it was, and a row that says exactly what the inventory would export keeps its
 * activity unchanged. Every problem names the file, row and column; nothing is returned then.
 */
public final class CsvActivitiesReader {
    /** Headings are quoted whole up to this length (the longest of the layout has about 50 characters). */
    private static final int HEADING_QUOTED = 100;

    /** Larger files are refused before they are read: a record of activities is far smaller. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String NAME = "name";
    private static final String ID = "activity-id";
    private static final DateTimeFormatter NORWEGIAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final String source;
    private final Inventory base;
    private final List<InventoryFormatException.Error> errors = new ArrayList<>();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final Map<String, String> headingOf = new HashMap<>();
    private String language;
    private String textLanguage;
    private CsvVocabulary words;
    private final Map<EntityType, Map<String, Entity>> catalogue = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Map<String, String>> idByName = new EnumMap<>(EntityType.class);
    private final Map<EntityType, List<Entity>> created = new EnumMap<>(EntityType.class);
    private final Map<String, SourceLocation> createdAt = new HashMap<>();
    /** Entries made from an id alone (a transfer's recipient, a retention rule's category), named after it. */
    private final Set<String> placeholders = new HashSet<>();

    private final Map<String, Activity> baseActivities = new HashMap<>();
    private CsvValues storedValues;

    private CsvActivitiesReader(String source, Inventory base) {
        this.source = source;
        this.base = base;
    }

    /**
     * Reads {@code file}; {@code base} is the inventory it goes into, or null for a new one
     * (which gets the file's language and an organisation without a name yet).
     */
    public static CsvImport read(Path file, Inventory base) throws InventoryFormatException {
        String source = file.toString();
        String notRegular = InputFiles.notRegular(file);
        if (notRegular != null) {
            throw single(source, null, notRegular);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw single(
                        source,
                        null,
                        "is larger than " + (MAX_BYTES >> 20) + " MB, too large for a record "
                                + "of processing activities");
            }
            return read(Files.readAllBytes(file), source, base);
        } catch (NoSuchFileException e) {
            throw single(source, null, "no such file");
        } catch (IOException e) {
            throw single(source, null, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads the bytes of a file; {@code source} names it in error messages. */
    public static CsvImport read(byte[] bytes, String source, Inventory base) throws InventoryFormatException {
        return new CsvActivitiesReader(source, base).run(bytes);
    }

    private static InventoryFormatException single(String source, SourceLocation location, String message) {
        return new InventoryFormatException(new InventoryFormatException.Error(source, location, null, message));
    }

    // ---- the file ---------------------------------------------------------------------------

    private CsvImport run(byte[] bytes) throws InventoryFormatException {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw single(
                    source,
                    null,
                    "is empty: the first row must hold the headings of the activities layout " + "(docs/csv.md)");
        }
        CsvDelimiter delimiter = detectDelimiter(text);
        List<Row> rows = parse(text, delimiter);
        readHeadings(rows.get(0).cells);
        failOnErrors();
        startCatalogue();
        List<Row> activityRows = rows.subList(1, rows.size()).stream()
                .filter(row -> !row.isBlank())
                .toList();
        RowShape shape = new RowShape(source, rows.get(0).cells);
        for (Row row : activityRows) {
            errors.addAll(shape.check(row.number, row.cells));
        }
        failOnErrors();
        Set<String> explicitIds = new HashSet<>();
        for (Row row : activityRows) {
            String id = row.get(ID);
            if (id != null && !id.isBlank()) {
                explicitIds.add(id.strip());
            }
        }
        List<Activity> activities = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        Set<String> activityIds = new HashSet<>(explicitIds);
        for (Row row : activityRows) {
            Activity activity = activity(row, activityIds);
            if (activity != null) {
                activities.add(activity);
                rowNumbers.add(row.number);
            }
        }
        failOnErrors();
        Inventory inventory = inventory(activities);
        List<Problem> problems = InventoryValidator.validate(inventory);
        for (Problem problem : problems) {
            errors.add(locate(problem, rowNumbers));
        }
        failOnErrors();
        Map<EntityType, List<Entity>> made = new EnumMap<>(EntityType.class);
        created.forEach((type, list) -> made.put(type, List.copyOf(list)));
        return new CsvImport(inventory, language, delimiter, made);
    }

    private void failOnErrors() throws InventoryFormatException {
        if (!errors.isEmpty()) {
            throw new InventoryFormatException(errors);
        }
    }

    /** Strict UTF-8: a spreadsheet saved in a Windows code page is refused with where it goes wrong. */
    private String decode(byte[] bytes) throws InventoryFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw single(
                    source,
                    new SourceLocation(line, at - lineStart + 1),
                    "is not UTF-8 text; save it as "
                            + "\"CSV UTF-8\" (Excel) or with the character set Unicode (UTF-8) (LibreOffice)");
        }
        return out.flip().toString();
    }

    /** The delimiter under which the first row holds the most known headings. */
    private CsvDelimiter detectDelimiter(String text) {
        CsvDelimiter best = CsvDelimiter.COMMA;
        int bestKnown = -1;
        for (CsvDelimiter candidate : CsvDelimiter.values()) {
            int known = 0;
            try (MappingIterator<List<String>> rows = reader(candidate).readValues(text)) {
                if (rows.hasNext()) {
                    for (String cell : rows.next()) {
                        if (CsvHeadings.keyOf(cell) != null) {
                            known++;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (known > bestKnown) {
                best = candidate;
                bestKnown = known;
            }
        }
        return best;
    }

    private static com.fasterxml.jackson.databind.ObjectReader reader(CsvDelimiter delimiter) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(delimiter.character())
                .withQuoteChar('"')
                .withoutEscapeChar();
        return mapper.readerFor(new TypeReference<List<String>>() {}).with(schema);
    }

    private List<Row> parse(String text, CsvDelimiter delimiter) throws InventoryFormatException {
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<List<String>> parsed = reader(delimiter).readValues(text)) {
            while (parsed.hasNext()) {
                rows.add(new Row(rows.size() + 1, parsed.next()));
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
            throw single(
                    source,
                    new SourceLocation(rows.size() + 1, 1),
                    "is not well-formed CSV here (" + firstLine(message) + ")");
        }
        return rows;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    // ---- headings ---------------------------------------------------------------------------

    private void readHeadings(List<String> headings) {
        Map<String, Integer> votes = new HashMap<>();
        for (String heading : headings) {
            for (String candidate : CsvOptions.LANGUAGES) {
                if (CsvHeadings.of(candidate).containsKey(CsvHeadings.normalise(heading))) {
                    votes.merge(candidate, 1, Integer::sum);
                }
            }
        }
        language = votes.getOrDefault("nb", 0) > votes.getOrDefault("en", 0) ? "nb" : "en";
        words = new CsvVocabulary(language);
        for (int i = 0; i < headings.size(); i++) {
            String heading = FormulaGuard.restore(headings.get(i));
            SourceLocation at = new SourceLocation(1, i + 1);
            if (heading.isBlank()) {
                continue;
            }
            String key = CsvHeadings.keyOf(heading);
            if (key == null) {
                errors.add(new InventoryFormatException.Error(
                        source,
                        at,
                        null,
                        "unknown column \"" + RowShape.shortened(heading, HEADING_QUOTED)
                                + "\"; the headings of the activities layout are listed in docs/csv.md"));
            } else if (columnOf.containsKey(key)) {
                errors.add(new InventoryFormatException.Error(
                        source,
                        at,
                        null,
                        "column \"" + RowShape.shortened(heading, HEADING_QUOTED) + "\" appears twice (first as column "
                                + CsvHeadings.letters(columnOf.get(key)) + ")"));
            } else {
                columnOf.put(key, i);
                headingOf.put(key, heading.strip());
            }
        }
        if (errors.isEmpty() && !columnOf.containsKey(NAME)) {
            errors.add(new InventoryFormatException.Error(
                    source,
                    new SourceLocation(1, 1),
                    null,
                    "there is no column \"" + CsvExport.heading("activities.", NAME, language)
                            + "\"; every activity needs a name"));
        }
    }

    /** One row of cells, the formula guard undone, read by column key. */
    private final class Row {
        final int number;
        final List<String> cells;

        Row(int number, List<String> cells) {
            this.number = number;
            this.cells = cells;
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }

        boolean has(String key) {
            return columnOf.containsKey(key);
        }

        /** The cell, "" when the row is short, null when the file has no such column. */
        String get(String key) {
            Integer index = columnOf.get(key);
            if (index == null) {
                return null;
            }
            return index < cells.size() ? FormulaGuard.restore(cells.get(index)) : "";
        }

        void error(String key, String message) {
            errors.add(new InventoryFormatException.Error(source, at(key), column(key), message));
        }

        SourceLocation at(String key) {
            Integer index = columnOf.get(key);
            return new SourceLocation(number, index == null ? columnOf.get(NAME) + 1 : index + 1);
        }
    }

    private String column(String key) {
        Integer index = columnOf.get(key);
        return index == null ? null : headingOf.get(key) + " (column " + CsvHeadings.letters(index) + ")";
    }

    // ---- the inventory ----------------------------------------------------------------------

    private void startCatalogue() {
        for (EntityType type :
                List.of(EntityType.DATA_SUBJECT, EntityType.DATA_CATEGORY, EntityType.PURPOSE, EntityType.RECIPIENT)) {
            catalogue.put(type, new LinkedHashMap<>());
            idByName.put(type, new HashMap<>());
        }
        if (base == null) {
            textLanguage = language;
            return;
        }
        textLanguage = base.languages().contains(language) ? language : base.defaultLanguage();
        base.dataSubjects().forEach(this::remember);
        base.dataCategories().forEach(this::remember);
        base.purposes().forEach(this::remember);
        base.recipients().forEach(this::remember);
        base.activities().forEach(activity -> baseActivities.put(activity.id(), activity));
    }

    private void remember(Entity entity) {
        EntityType type = EntityType.of(entity);
        catalogue.get(type).put(entity.id(), entity);
        String name = entity.name().resolve(textLanguage, base == null ? textLanguage : base.defaultLanguage());
        idByName.get(type).putIfAbsent(CsvHeadings.normalise(name), entity.id());
    }

    private Inventory inventory(List<Activity> activities) {
        List<String> languages = base == null ? List.of(language) : base.languages();
        Organisation organisation = base == null ? Organisation.named("") : base.organisation();
        NoticeSettings notice = base == null ? NoticeSettings.EMPTY : base.notice();
        return new Inventory(
                languages,
                organisation,
                notice,
                items(EntityType.DATA_SUBJECT, DataSubject.class),
                items(EntityType.DATA_CATEGORY, DataCategory.class),
                items(EntityType.PURPOSE, Purpose.class),
                items(EntityType.RECIPIENT, Recipient.class),
                activities);
    }

    private <T extends Entity> List<T> items(EntityType type, Class<T> kind) {
        return catalogue.get(type).values().stream().map(kind::cast).toList();
    }

    /** Where a problem the validator found comes from: the activity's row, or the cell that made an entry. */
    private InventoryFormatException.Error locate(Problem problem, List<Integer> rowNumbers) {
        List<Object> segments = problem.path().segments();
        String message = problem.message();
        if (segments.size() >= 2 && "activities".equals(segments.get(0)) && segments.get(1) instanceof Integer index) {
            String key = keyFor(segments.subList(2, segments.size()));
            Integer column = columnOf.get(key);
            int row = rowNumbers.get(index);
            return new InventoryFormatException.Error(
                    source,
                    new SourceLocation(row, (column == null ? columnOf.get(NAME) : column) + 1),
                    column(column == null ? NAME : key),
                    message);
        }
        if (segments.size() >= 2 && segments.get(1) instanceof Integer index) {
            for (EntityType type : catalogue.keySet()) {
                if (type.listName().equals(segments.get(0))) {
                    String id = new ArrayList<>(catalogue.get(type).values())
                            .get(index)
                            .id();
                    SourceLocation at = createdAt.get(type.code() + " " + id);
                    return new InventoryFormatException.Error(
                            source,
                            at,
                            null,
                            "the new " + type.code().replace('-', ' ') + " \"" + id + "\": " + message);
                }
            }
        }
        return new InventoryFormatException.Error(source, null, problem.path().toString(), message);
    }

    /** The column that holds a field of an activity, given the field's path inside the activity. */
    private String keyFor(List<Object> path) {
        String field = path.isEmpty() ? ID : (String) path.get(0);
        String inner = path.size() >= 3 && path.get(2) instanceof String name ? name : "";
        return switch (field) {
            case "id" -> ID;
            case "dataSubjects" -> preferIds("data-subject-ids", "data-subjects");
            case "dataCategories" -> preferIds("data-category-ids", "data-categories");
            case "recipients" -> preferIds("recipient-ids", "recipients");
            case "purposes" ->
                switch (inner) {
                    case "legalBasisReference" -> "legal-basis-references";
                    case "legitimateInterest" -> "legitimate-interests";
                    default -> preferIds("purpose-ids", "purposes");
                };
            case "transfers" ->
                switch (inner) {
                    case "recipient" -> preferIds("transfer-recipient-ids", "transfers");
                    case "description" -> "transfer-descriptions";
                    default -> preferIds("transfer-countries", "transfers");
                };
            case "retention" ->
                switch (inner) {
                    case "dataCategories" -> "retention-category-ids";
                    case "trigger" -> "retention-triggers";
                    case "description" -> "retention-descriptions";
                    default -> preferIds("retention-periods", "retention");
                };
            case "automatedDecisions" -> "automated-decision-logic";
            case "securityMeasures" -> "security-measures";
            case "statutoryRequirement" -> "statutory-requirement";
            case "reviewedOn" -> "reviewed-on";
            case "reviewDue" -> "review-due";
            default -> field;
        };
    }

    private String preferIds(String ids, String readable) {
        return columnOf.containsKey(ids) ? ids : readable;
    }

    // ---- an activity ------------------------------------------------------------------------

    private Activity activity(Row row, Set<String> activityIds) {
        String name = row.get(NAME);
        if (name.isEmpty()) {
            row.error(NAME, "an activity needs a name");
            return null;
        }
        String givenId = row.get(ID);
        String id;
        if (givenId != null && !givenId.isBlank()) {
            id = givenId.strip();
        } else {
            id = Ids.fromName(name, activityIds);
            activityIds.add(id);
        }
        Activity old = baseActivities.get(id);
        if (old != null && saysWhatIsStored(row, old)) {
            return old;
        }
        int errorsBefore = errors.size();
        List<String> subjects = references(
                row,
                EntityType.DATA_SUBJECT,
                "data-subjects",
                "data-subject-ids",
                old == null ? null : old.dataSubjects());
        List<String> categories = references(
                row,
                EntityType.DATA_CATEGORY,
                "data-categories",
                "data-category-ids",
                old == null ? null : old.dataCategories());
        List<String> recipients = references(
                row, EntityType.RECIPIENT, "recipients", "recipient-ids", old == null ? null : old.recipients());
        Map<Integer, LegalBasis> basisByName = new HashMap<>();
        List<String> purposeIds = references(
                row,
                EntityType.PURPOSE,
                "purposes",
                "purpose-ids",
                old == null
                        ? null
                        : old.purposes().stream().map(PurposeUse::purpose).toList(),
                basisByName);
        List<PurposeUse> purposes = purposes(row, purposeIds, basisByName, old);
        List<Transfer> transfers = transfers(row, old);
        List<RetentionRule> retention = retention(row, old);
        List<Contact> controllers = controllers(row, old);
        Text nameText = text(name, old == null ? null : old.name());
        Activity activity = new Activity(
                id,
                nameText,
                field(
                        row,
                        "description",
                        old,
                        Activity::description,
                        cell -> text(cell, old == null ? null : old.description())),
                field(row, "owner", old, Activity::owner, CsvActivitiesReader::string),
                field(row, "role", old, Activity::role, cell -> code(row, "role", Role.class, cell)),
                controllers,
                field(row, "status", old, Activity::status, cell -> code(row, "status", ActivityStatus.class, cell)),
                subjects,
                categories,
                recipients,
                purposes,
                transfers,
                retention,
                field(
                        row,
                        "security-measures",
                        old,
                        Activity::securityMeasures,
                        cell -> text(cell, old == null ? null : old.securityMeasures())),
                field(
                        row,
                        "statutory-requirement",
                        old,
                        Activity::statutoryRequirement,
                        cell -> text(cell, old == null ? null : old.statutoryRequirement())),
                automatedDecisions(row, old),
                dpia(row, old),
                field(row, "reviewed-on", old, Activity::reviewedOn, cell -> date(row, "reviewed-on", cell)),
                field(row, "review-due", old, Activity::reviewDue, cell -> date(row, "review-due", cell)),
                field(row, "notes", old, Activity::notes, cell -> text(cell, old == null ? null : old.notes())),
                field(row, "dpia-screening", old, Activity::dpiaScreening, cell -> dpiaScreening(row, cell)));
        return errors.size() > errorsBefore ? null : activity;
    }

    /** Whether every column of the row holds what exporting the stored activity would write there. */
    private boolean saysWhatIsStored(Row row, Activity stored) {
        if (storedValues == null) {
            storedValues = new CsvValues(base, language);
        }
        for (Column<Activity> column : CsvActivitiesWriter.columns(storedValues)) {
            String cell = row.get(column.key());
            if (cell != null && !cell.equals(column.value().apply(stored))) {
                return false;
            }
        }
        return true;
    }

    /** A field from its column, or as stored when the file has no such column. */
    private <T> T field(Row row, String key, Activity old, Function<Activity, T> stored, Function<String, T> read) {
        String cell = row.get(key);
        if (cell == null) {
            return old == null ? null : stored.apply(old);
        }
        return read.apply(cell);
    }

    // ---- references -------------------------------------------------------------------------

    private List<String> references(Row row, EntityType type, String namesKey, String idsKey, List<String> stored) {
        return references(row, type, namesKey, idsKey, stored, new HashMap<>());
    }

    /**
     * The ids an activity refers to: from the id column, with the names beside them for entries
     * that have to be made; or, where the file gives only names, the entries of those names.
     */
    private List<String> references(
            Row row,
            EntityType type,
            String namesKey,
            String idsKey,
            List<String> stored,
            Map<Integer, LegalBasis> basisByPosition) {
        String idCell = row.get(idsKey);
        String nameCell = row.get(namesKey);
        if (idCell == null && nameCell == null) {
            return stored == null ? List.of() : stored;
        }
        List<String> ids = idCell == null
                ? List.of()
                : looseList(idCell).stream().filter(id -> !id.isBlank()).toList();
        List<String> names = nameCell == null ? List.of() : looseList(nameCell);
        List<String> result = new ArrayList<>();
        if (!ids.isEmpty()) {
            if (!names.isEmpty() && names.size() != ids.size()) {
                row.error(
                        namesKey,
                        names.size() + " names for " + ids.size() + " ids in \"" + headingOf.get(idsKey)
                                + "\"; the n-th name belongs to the n-th id");
                return List.of();
            }
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i).strip();
                CsvVocabulary.Named named =
                        names.isEmpty() ? CsvVocabulary.Named.idOnly(id) : words.parseName(type, names.get(i));
                ensure(type, id, named, row.at(idsKey));
                result.add(id);
                if (named.basis != null) {
                    basisByPosition.put(result.size() - 1, named.basis);
                }
            }
            return result;
        }
        for (String value : names) {
            CsvVocabulary.Named named = words.parseName(type, value);
            if (named.name.isBlank()) {
                continue;
            }
            String id = idByName.get(type).get(CsvHeadings.normalise(named.name));
            if (id == null) {
                id = Ids.fromName(named.name, catalogue.get(type).keySet());
                ensure(type, id, named, row.at(namesKey));
            }
            result.add(id);
            if (named.basis != null) {
                basisByPosition.put(result.size() - 1, named.basis);
            }
        }
        return result;
    }

    /**
     * Makes a catalogue entry for an id the inventory does not have; an entry it has stays as it
     * is, except one this file made from the id alone, which gets the name a later cell shows.
     */
    private void ensure(EntityType type, String id, CsvVocabulary.Named named, SourceLocation at) {
        String key = type.code() + " " + id;
        Entity placeholder = null;
        if (catalogue.get(type).containsKey(id)) {
            if (named.idOnly || !placeholders.remove(key)) {
                return;
            }
            placeholder = catalogue.get(type).get(id);
        } else if (named.idOnly) {
            placeholders.add(key);
        }
        Text name = Text.of(textLanguage, named.name.isEmpty() ? id : named.name);
        Entity entity = switch (type) {
            case DATA_SUBJECT -> new DataSubject(id, name, null);
            case DATA_CATEGORY -> new DataCategory(id, name, null, null, named.special, named.criminal);
            case PURPOSE -> new Purpose(id, name, null);
            default -> new Recipient(id, name, null, named.kind, named.country, false, null, null);
        };
        catalogue.get(type).put(id, entity);
        idByName.get(type).putIfAbsent(CsvHeadings.normalise(name.resolve(textLanguage, textLanguage)), id);
        List<Entity> made = created.computeIfAbsent(type, t -> new ArrayList<>());
        if (placeholder == null) {
            made.add(entity);
            createdAt.put(key, at);
        } else {
            made.set(made.indexOf(placeholder), entity);
        }
    }

    // ---- purposes ---------------------------------------------------------------------------

    /**
     * The purpose entries of a row. A purpose listed more than once (one entry per legal basis) has
     * as many values in each per-purpose column, "hr: Contract; hr: Legal obligation": the n-th
     * value of a purpose belongs to its n-th entry.
     */
    private List<PurposeUse> purposes(
            Row row, List<String> purposeIds, Map<Integer, LegalBasis> basisFromNames, Activity old) {
        Map<String, List<PurposeUse>> stored = new HashMap<>();
        if (old != null) {
            old.purposes()
                    .forEach(use -> stored.computeIfAbsent(use.purpose(), k -> new ArrayList<>())
                            .add(use));
        }
        Map<String, List<String>> bases = perPurpose(row, "legal-bases", purposeIds);
        Map<String, List<String>> references = perPurpose(row, "legal-basis-references", purposeIds);
        Map<String, List<String>> interests = perPurpose(row, "legitimate-interests", purposeIds);
        Map<String, List<String>> conditions = perPurpose(row, "special-category-conditions", purposeIds);
        Map<String, List<String>> authorities = perPurpose(row, "criminal-offence-authorities", purposeIds);
        Map<String, Integer> seen = new HashMap<>();
        List<PurposeUse> uses = new ArrayList<>();
        for (int i = 0; i < purposeIds.size(); i++) {
            String id = purposeIds.get(i);
            int n = seen.merge(id, 1, Integer::sum) - 1;
            PurposeUse was = nth(stored.get(id), n);
            LegalBasis basis;
            if (bases != null) {
                basis = code(row, "legal-bases", LegalBasis.class, value(bases, id, n));
            } else if (basisFromNames.containsKey(i)) {
                basis = basisFromNames.get(i);
            } else {
                basis = was == null ? null : was.legalBasis();
            }
            uses.add(new PurposeUse(
                    id,
                    basis,
                    perPurposeText(references, id, n, was == null ? null : was.legalBasisReference()),
                    perPurposeText(interests, id, n, was == null ? null : was.legitimateInterest()),
                    conditions == null
                            ? (was == null ? null : was.specialCategoryCondition())
                            : code(
                                    row,
                                    "special-category-conditions",
                                    SpecialCategoryCondition.class,
                                    value(conditions, id, n)),
                    perPurposeText(authorities, id, n, was == null ? null : was.criminalOffenceAuthority())));
        }
        return uses;
    }

    private static <T> T nth(List<T> values, int n) {
        return values == null || n >= values.size() ? null : values.get(n);
    }

    private static String value(Map<String, List<String>> values, String id, int n) {
        String value = nth(values.get(id), n);
        return value == null ? "" : value;
    }

    private Text perPurposeText(Map<String, List<String>> values, String id, int n, Text stored) {
        return values == null ? stored : text(value(values, id, n), stored);
    }

    /**
     * "support: Contract (Art. 6(1)(b)); billing: …" as purpose id → its values in order; null when
     * the file has no such column. A purpose may also be named by its name where the file has no
     * purpose ids.
     */
    private Map<String, List<String>> perPurpose(Row row, String key, List<String> purposeIds) {
        String cell = row.get(key);
        if (cell == null) {
            return null;
        }
        Map<String, List<String>> values = new HashMap<>();
        for (String value : strictList(row, key, cell)) {
            int colon = value.indexOf(CsvActivitiesWriter.KEY_SEPARATOR);
            if (colon < 0) {
                row.error(key, "\"" + RowShape.shortened(value) + "\" should be \"purpose-id: value\"");
                continue;
            }
            String purpose = value.substring(0, colon).strip();
            String id = purposeIds.contains(purpose)
                    ? purpose
                    : idByName.get(EntityType.PURPOSE).get(CsvHeadings.normalise(purpose));
            if (id == null || !purposeIds.contains(id)) {
                row.error(
                        key,
                        "\"" + RowShape.shortened(purpose) + "\" is not one of this activity's purposes ("
                                + String.join(", ", purposeIds) + ")");
                continue;
            }
            values.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(value.substring(colon + CsvActivitiesWriter.KEY_SEPARATOR.length()));
        }
        return values;
    }

    // ---- transfers, retention, controllers --------------------------------------------------

    private List<Transfer> transfers(Row row, Activity old) {
        List<Transfer> stored = old == null ? List.of() : old.transfers();
        String countriesCell = row.get("transfer-countries");
        if (countriesCell == null) {
            String readable = row.get("transfers");
            if (readable == null) {
                return stored;
            }
            List<Transfer> transfers = new ArrayList<>();
            for (String value : looseList(readable).stream()
                    .filter(value -> !value.isBlank())
                    .toList()) {
                transfers.add(readableTransfer(
                        row, value, transfers.size() < stored.size() ? stored.get(transfers.size()) : null));
            }
            return transfers;
        }
        List<String> countries = looseList(countriesCell).stream()
                .filter(code -> !code.isBlank())
                .toList();
        int count = countries.size();
        List<String> safeguards = aligned(row, "transfer-safeguards", count);
        List<String> recipients = aligned(row, "transfer-recipient-ids", count);
        List<String> descriptions = aligned(row, "transfer-descriptions", count);
        List<Transfer> transfers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Transfer was = i < stored.size() ? stored.get(i) : null;
            String country = country(row, "transfer-countries", countries.get(i));
            String recipient = recipients == null ? (was == null ? null : was.recipient()) : string(recipients.get(i));
            if (recipient != null) {
                recipient = recipient.strip();
                ensure(
                        EntityType.RECIPIENT,
                        recipient,
                        CsvVocabulary.Named.idOnly(recipient),
                        row.at("transfer-recipient-ids"));
            }
            transfers.add(new Transfer(
                    country == null ? "" : country,
                    recipient,
                    safeguards == null
                            ? (was == null ? null : was.safeguard())
                            : code(row, "transfer-safeguards", Safeguard.class, safeguards.get(i)),
                    descriptions == null
                            ? (was == null ? null : was.description())
                            : text(descriptions.get(i), was == null ? null : was.description())));
        }
        return transfers;
    }

    /** "United States — Standard contractual clauses (Cirrus Office Inc.)", where a file has no codes. */
    private Transfer readableTransfer(Row row, String value, Transfer was) {
        String rest = value.strip();
        String recipient = null;
        if (rest.endsWith(")")) {
            int open = rest.lastIndexOf(" (");
            if (open >= 0) {
                String name = rest.substring(open + 2, rest.length() - 1);
                recipient = idByName.get(EntityType.RECIPIENT).get(CsvHeadings.normalise(name));
                if (recipient != null) {
                    rest = rest.substring(0, open);
                }
            }
        }
        Safeguard safeguard = null;
        int pair = rest.lastIndexOf(CsvValues.PAIR);
        if (pair >= 0) {
            safeguard = words.label(Safeguard.class, rest.substring(pair + CsvValues.PAIR.length()));
            if (safeguard != null) {
                rest = rest.substring(0, pair);
            }
        }
        String country = country(row, "transfers", rest);
        return new Transfer(
                country == null ? "" : country, recipient, safeguard, was == null ? null : was.description());
    }

    private List<RetentionRule> retention(Row row, Activity old) {
        List<RetentionRule> stored = old == null ? List.of() : old.retention();
        List<String> keys =
                List.of("retention-category-ids", "retention-periods", "retention-triggers", "retention-descriptions");
        if (keys.stream().noneMatch(row::has)) {
            String readable = row.get("retention");
            if (readable == null) {
                return stored;
            }
            return readable.isBlank() ? List.of() : List.of(new RetentionRule(null, null, null, text(readable, null)));
        }
        int count = count(row, keys);
        List<String> categories = aligned(row, "retention-category-ids", count);
        List<String> periods = aligned(row, "retention-periods", count);
        List<String> triggers = aligned(row, "retention-triggers", count);
        List<String> descriptions = aligned(row, "retention-descriptions", count);
        List<RetentionRule> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RetentionRule was = i < stored.size() ? stored.get(i) : null;
            List<String> ruleCategories;
            if (categories == null) {
                ruleCategories = was == null ? null : was.dataCategories();
            } else {
                String cell = categories.get(i).strip();
                if (cell.equals(CsvActivitiesWriter.DEFAULT_RULE)) {
                    ruleCategories = null;
                } else if (cell.isEmpty()) {
                    ruleCategories = List.of();
                } else {
                    ruleCategories = new ArrayList<>();
                    for (String id : cell.split(",")) {
                        String category = id.strip();
                        ensure(
                                EntityType.DATA_CATEGORY,
                                category,
                                CsvVocabulary.Named.idOnly(category),
                                row.at("retention-category-ids"));
                        ruleCategories.add(category);
                    }
                }
            }
            rules.add(new RetentionRule(
                    ruleCategories,
                    periods == null
                            ? (was == null ? null : was.period())
                            : string(periods.get(i).strip()),
                    triggers == null
                            ? (was == null ? null : was.trigger())
                            : text(triggers.get(i), was == null ? null : was.trigger()),
                    descriptions == null
                            ? (was == null ? null : was.description())
                            : text(descriptions.get(i), was == null ? null : was.description())));
        }
        return rules;
    }

    private List<Contact> controllers(Row row, Activity old) {
        List<String> keys = List.of("controllers", "controller-emails", "controller-phones", "controller-addresses");
        if (keys.stream().noneMatch(row::has)) {
            return old == null ? List.of() : old.controllers();
        }
        int count = count(row, keys);
        List<List<String>> parts = keys.stream()
                .map(key -> {
                    List<String> values = aligned(row, key, count);
                    return values == null ? Collections.nCopies(count, "") : values;
                })
                .toList();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(new Contact(
                    string(parts.get(0).get(i)),
                    string(parts.get(1).get(i)),
                    string(parts.get(2).get(i)),
                    string(parts.get(3).get(i))));
        }
        return contacts;
    }

    /** The number of entries is the longest of the columns that describe them. */
    private int count(Row row, List<String> keys) {
        int count = 0;
        for (String key : keys) {
            String cell = row.get(key);
            if (cell != null && !cell.isEmpty()) {
                try {
                    count = Math.max(count, ValueList.split(cell).size());
                } catch (IllegalArgumentException e) {
                    // reported where the column is read
                }
            }
        }
        return count;
    }

    /** The n-th value for the n-th entry; null when the file has no such column. */
    private List<String> aligned(Row row, String key, int count) {
        String cell = row.get(key);
        if (cell == null) {
            return null;
        }
        if (cell.isEmpty()) {
            return Collections.nCopies(count, "");
        }
        List<String> values = strictList(row, key, cell);
        if (values.size() != count) {
            row.error(
                    key,
                    values.size() + (values.size() == 1 ? " value" : " values") + " for " + count
                            + (count == 1 ? " entry" : " entries")
                            + "; the n-th value belongs to the n-th entry, and an entry "
                            + "without a value keeps its place with an empty value");
            return Collections.nCopies(count, "");
        }
        return values;
    }

    // ---- single values ----------------------------------------------------------------------

    private AutomatedDecisions automatedDecisions(Row row, Activity old) {
        AutomatedDecisions stored = old == null ? null : old.automatedDecisions();
        String used = row.get("automated-decisions");
        String logic = row.get("automated-decision-logic");
        if (used == null && logic == null) {
            return stored;
        }
        Text logicText = logic == null
                ? (stored == null ? null : stored.logic())
                : text(logic, stored == null ? null : stored.logic());
        if (used == null) {
            if (stored == null && logicText != null) {
                row.error(
                        "automated-decision-logic",
                        "the file has no column \""
                                + CsvExport.heading("activities.", "automated-decisions", language)
                                + "\" to say whether automated decisions are taken");
            }
            return stored == null ? null : new AutomatedDecisions(stored.used(), logicText);
        }
        if (used.isBlank()) {
            if (logicText != null) {
                row.error(
                        "automated-decisions",
                        "say " + words.yes() + " or " + words.no()
                                + ": the activity describes the logic of automated decisions");
            }
            return null;
        }
        Boolean yes = words.yesNo(used);
        if (yes == null) {
            row.error(
                    "automated-decisions",
                    "\"" + RowShape.shortened(used) + "\" is neither " + words.yes() + " nor " + words.no());
            return null;
        }
        return new AutomatedDecisions(yes, logicText);
    }

    private Dpia dpia(Row row, Activity old) {
        Dpia stored = old == null ? null : old.dpia();
        String status = row.get("dpia-status");
        String reference = row.get("dpia-reference");
        if (status == null && reference == null) {
            return stored;
        }
        String referenceValue = reference == null ? (stored == null ? null : stored.reference()) : string(reference);
        if (status == null) {
            return stored == null ? null : new Dpia(stored.status(), referenceValue);
        }
        if (status.isBlank()) {
            if (referenceValue != null) {
                row.error("dpia-status", "a DPIA reference is given, so its status is needed too");
            }
            return null;
        }
        DpiaStatus value = code(row, "dpia-status", DpiaStatus.class, status);
        return value == null ? null : new Dpia(value, referenceValue);
    }

    /**
     * The DPIA screening criteria that apply, by name in the file's language or by code, each once.
     * No name has a semicolon of its own, so they may be separated as people type them.
     */
    private List<DpiaCriterion> dpiaScreening(Row row, String cell) {
        List<DpiaCriterion> criteria = new ArrayList<>();
        for (String value : looseList(cell)) {
            DpiaCriterion criterion = code(row, "dpia-screening", DpiaCriterion.class, value);
            if (criterion != null && criteria.contains(criterion)) {
                row.error("dpia-screening", "\"" + RowShape.shortened(value) + "\" is listed twice");
            } else if (criterion != null) {
                criteria.add(criterion);
            }
        }
        return criteria;
    }

    private LocalDate date(Row row, String key, String cell) {
        String value = cell.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value, NORWEGIAN_DATE);
            } catch (DateTimeParseException again) {
                row.error(key, "\"" + RowShape.shortened(value) + "\" is not a date such as 2026-01-31");
                return null;
            }
        }
    }

    /** A fixed value by its name in either language, or its code; null for an empty cell. */
    private <E extends Enum<E> & Coded> E code(Row row, String key, Class<E> type, String cell) {
        if (cell.isBlank()) {
            return null;
        }
        E value = words.label(type, cell);
        if (value == null) {
            row.error(
                    key,
                    "unknown value \"" + cell.strip() + "\"; expected one of: "
                            + String.join(", ", words.labels(type)));
        }
        return value;
    }

    private String country(Row row, String key, String cell) {
        String code = words.countryCode(cell);
        if (code == null) {
            row.error(key, "unknown country \"" + cell.strip() + "\"; give an ISO 3166 code such as NO or US");
        }
        return code;
    }

    /**
     * A text of the file in the inventory's language. When it says what the stored text says in
     * that language, the stored text stays with all its translations; when it was changed, the
     * translation the export showed is replaced and the others are kept.
     */
    private Text text(String cell, Text stored) {
        if (cell.isEmpty()) {
            return null;
        }
        if (stored == null || stored.isEmpty()) {
            return Text.of(textLanguage, cell);
        }
        String fallback = base == null ? textLanguage : base.defaultLanguage();
        if (stored.resolve(textLanguage, fallback).equals(cell)) {
            return stored;
        }
        String shown = stored.get(textLanguage).isPresent()
                ? textLanguage
                : stored.get(fallback).isPresent()
                        ? fallback
                        : stored.languages().iterator().next();
        return stored.with(shown, cell);
    }

    private static String string(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    /** Values joined as the export joins them; anything else is an error at that cell. */
    private List<String> strictList(Row row, String key, String cell) {
        try {
            return ValueList.split(cell);
        } catch (IllegalArgumentException e) {
            row.error(
                    key,
                    "several values are separated by \"; \" (a semicolon and a space), and a value with a "
                            + "semicolon of its own is put in double quotes");
            return List.of();
        }
    }

    /**
     * Names, ids and countries: joined as the export joins them, or, as people type them into a
     * spreadsheet, separated by semicolons with or without spaces.
     */
    private static List<String> looseList(String cell) {
        try {
            return ValueList.split(cell);
        } catch (IllegalArgumentException e) {
            List<String> values = new ArrayList<>();
            for (String value : cell.split(";")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
            return values;
        }
    }
}
