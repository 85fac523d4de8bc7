package io.privacyinventory.exchange;

import io.privacyinventory.exchange.JsonTree.ArrayNode;
import io.privacyinventory.exchange.JsonTree.BooleanNode;
import io.privacyinventory.exchange.JsonTree.Member;
import io.privacyinventory.exchange.JsonTree.Node;
import io.privacyinventory.exchange.JsonTree.NullNode;
import io.privacyinventory.exchange.JsonTree.NumberNode;
import io.privacyinventory.exchange.JsonTree.ObjectNode;
import io.privacyinventory.exchange.JsonTree.StringNode;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Audience;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.DataCategory;
import io.privacyinventory.model.DataSource;
import io.privacyinventory.model.DataSubject;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.EntityType;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.NoticeSettings;
import io.privacyinventory.model.Organisation;
import io.privacyinventory.model.Problem;
import io.privacyinventory.model.PublishedNotice;
import io.privacyinventory.model.Purpose;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.Quoted;
import io.privacyinventory.model.Recipient;
import io.privacyinventory.model.RecipientKind;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.model.SupervisoryAuthority;
import io.privacyinventory.model.Syntax;
import io.privacyinventory.model.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads inventory documents (format versions 1 and 2) strictly: unknown fields, wrong JSON types,
 * unknown enum values, bad dates, ids, countries and periods, duplicate ids and dangling
 * references are all errors that name the file, line:column and JSON path. This is the one
 * place where JSON is mapped to the model.
 *
 * <p>A version-1 document reads as it always did. A field that version 2 added is refused in a
 * document that says it is version 1: a program that knows only version 1 would refuse it too, so
 * the document is not what it claims to be, and the message says to raise {@code formatVersion}.
 */
public final class InventoryJsonReader {
    public static final String FORMAT_NAME = "privacy-inventory";

    /**
     * Every field name of the format, at any depth. The parser stops at once at a name outside it
     * (other than a language code holding a translation), so a large unknown field is never built;
     * the reader refuses to ask for a name missing here, so the list cannot fall behind the reader.
     */
    static final Set<String> FIELDS = Set.of(
            "activities",
            "address",
            "audience",
            "audiences",
            "automatedDecisions",
            "contractUrl",
            "controllers",
            "country",
            "criminal",
            "criminalOffenceAuthority",
            "dataCategories",
            "dataSubjects",
            "description",
            "directMarketing",
            "dpia",
            "dpiaScreening",
            "dpo",
            "effectiveDate",
            "email",
            "forced",
            "format",
            "formatVersion",
            "id",
            "introduction",
            "inventorySha256",
            "kind",
            "language",
            "languages",
            "legalBasis",
            "legalBasisReference",
            "legitimateInterest",
            "listChanges",
            "logic",
            "name",
            "notes",
            "notice",
            "optOutUrl",
            "organisation",
            "owner",
            "period",
            "phone",
            "publishedAt",
            "publishedBy",
            "publishedNotices",
            "purpose",
            "purposes",
            "recipient",
            "recipients",
            "reference",
            "representative",
            "retention",
            "reviewDue",
            "reviewedOn",
            "role",
            "safeguard",
            "scope",
            "securityMeasures",
            "source",
            "special",
            "specialCategoryCondition",
            "status",
            "statutoryRequirement",
            "strictlyNecessary",
            "supervisoryAuthority",
            "text",
            "title",
            "tracking",
            "transfers",
            "trigger",
            "used",
            "version",
            "website");

    private final String source;
    private List<String> languages = List.of("en");
    /** The format version of the document being read; single items (edits, the change log) are always the newest. */
    private int version = Inventory.FORMAT_VERSION;
    /** The root's lists read item by item while the document was parsed (see {@link ListReader}). */
    private final Map<String, List<Object>> taken = new HashMap<>();
    /** Told of the items of the root's lists as the fast reading maps them. */
    private DocumentItems documentItems = DocumentItems.NONE;

    private boolean itemsStarted;
    /**
     * Whether values are read with their paths. The fast reading reports no error itself (any problem
     * reads the document again, with paths and places), so it makes none: a large document has
     * millions of values.
     */
    private boolean paths = true;

    private InventoryJsonReader(String source) {
        this.source = source;
    }

    public static Inventory read(Path file) throws InventoryFormatException {
        return read(file, DocumentItems.NONE);
    }

    /**
     * As {@link #read(Path)}, telling {@code items} of each item of the root's lists as it is read
     * (decision 0020). What it was told counts only when an inventory is returned; it may be told
     * nothing at all, or told of items and then the reading throws.
     */
    public static Inventory read(Path file, DocumentItems items) throws InventoryFormatException {
        String source = file.toString();
        String notRegular = InputFiles.notRegular(file);
        if (notRegular != null) {
            throw new InventoryFormatException(new InventoryFormatException.Error(source, null, null, notRegular));
        }
        try {
            return read(() -> Files.newInputStream(file), source, items);
        } catch (NoSuchFileException e) {
            throw new InventoryFormatException(new InventoryFormatException.Error(source, null, null, "no such file"));
        } catch (IOException e) {
            throw new InventoryFormatException(
                    new InventoryFormatException.Error(source, null, null, "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads a whole document; {@code source} names it in error messages (usually the file path). */
    public static Inventory read(InputStream in, String source) throws InventoryFormatException {
        byte[] document;
        try {
            document = in.readNBytes((int) JsonTree.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new InventoryFormatException(new InventoryFormatException.Error(
                    source, SourceLocation.UNKNOWN, ModelPath.ROOT.toString(), "cannot be read: " + e.getMessage()));
        }
        if (document.length > JsonTree.MAX_DOCUMENT_BYTES) {
            // too large to read twice from memory; the located reading reports it with its place
            return readLocated(new SequenceInputStream(new ByteArrayInputStream(document), in), source);
        }
        try {
            return read(() -> new ByteArrayInputStream(document), source, DocumentItems.NONE);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory failed", e);
        }
    }

    /** Where a document can be read from, as often as needed. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Reads a document the fast way: the large lists of items are mapped to the model while they
     * are parsed, and their part of the located tree is dropped item by item, so the whole tree is
     * never in memory. Places are then at hand only while an item is being read; a problem found
     * anywhere, even one found only by the validator, reads the document again the located way,
     * so that each error is reported exactly as that reading reports it, with its place.
     */
    private static Inventory read(Opener document, String source, DocumentItems items)
            throws InventoryFormatException, IOException {
        try (InputStream in = document.open()) {
            InventoryJsonReader reader = new InventoryJsonReader(source);
            reader.documentItems = items;
            reader.paths = false;
            Node root = JsonTree.parse(in, source, FIELDS, reader.new ListReader());
            Inventory inventory = reader.inventory(root);
            if (InventoryValidator.validate(inventory).isEmpty()) {
                return inventory;
            }
        } catch (InventoryFormatException e) {
            // reported by the located reading below, which finds the same problem first
        }
        try (InputStream in = document.open()) {
            return readLocated(in, source);
        }
    }

    /** Reads a document into its whole located tree first, which gives every error its place. */
    private static Inventory readLocated(InputStream in, String source) throws InventoryFormatException {
        InventoryJsonReader reader = new InventoryJsonReader(source);
        Node root = JsonTree.parse(in, source, FIELDS);
        Inventory inventory = reader.inventory(root);
        List<Problem> problems = InventoryValidator.validate(inventory);
        if (!problems.isEmpty()) {
            List<InventoryFormatException.Error> errors = new ArrayList<>();
            for (Problem problem : problems) {
                errors.add(new InventoryFormatException.Error(
                        source,
                        JsonTree.find(root, problem.path()).location(),
                        problem.path().toString(),
                        problem.message()));
            }
            throw new InventoryFormatException(errors);
        }
        return inventory;
    }

    /**
     * Reads one item or singleton as written by {@link InventoryJsonWriter#entity}; texts must be
     * objects of language to string, since there is no inventory to say which language a plain
     * string would be in.
     */
    public static Object readEntity(EntityType type, String json, List<String> languages)
            throws InventoryFormatException {
        String source = "<" + type.code() + ">";
        InventoryJsonReader reader = new InventoryJsonReader(source);
        reader.languages = languages;
        Node node = JsonTree.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source, FIELDS);
        ModelPath path = ModelPath.ROOT;
        return switch (type) {
            case INVENTORY -> reader.inventory(node);
            case ORGANISATION -> reader.organisation(node, path);
            case NOTICE -> reader.notice(node, path);
            case DATA_SUBJECT -> reader.dataSubject(node, path);
            case DATA_CATEGORY -> reader.dataCategory(node, path);
            case PURPOSE -> reader.purpose(node, path);
            case RECIPIENT -> reader.recipient(node, path);
            case ACTIVITY -> reader.activity(node, path);
        };
    }

    /** Reads one published notice as written by {@link InventoryJsonWriter#entity} (a change-log row's value). */
    public static PublishedNotice readPublishedNotice(String json) throws InventoryFormatException {
        String source = "<published-notice>";
        InventoryJsonReader reader = new InventoryJsonReader(source);
        reader.languages = List.of("en");
        Node node = JsonTree.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source, FIELDS);
        return reader.publishedNotice(node, ModelPath.ROOT);
    }

    // ---- the document ------------------------------------------------------------------------

    private Inventory inventory(Node node) throws InventoryFormatException {
        Obj root = object(node, ModelPath.ROOT);
        List<String> langs = header(root);
        Organisation organisation = root.required("organisation", this::organisation);
        NoticeSettings notice = root.optional("notice", this::notice, NoticeSettings.EMPTY);
        List<DataSubject> subjects = items(root, "dataSubjects", this::dataSubject);
        List<DataCategory> categories = items(root, "dataCategories", this::dataCategory);
        List<Purpose> purposes = items(root, "purposes", this::purpose);
        List<Recipient> recipients = items(root, "recipients", this::recipient);
        List<Activity> activities = items(root, "activities", this::activity);
        List<PublishedNotice> published =
                root.since2("publishedNotices") ? items(root, "publishedNotices", this::publishedNotice) : List.of();
        root.finish();
        return new Inventory(
                langs, organisation, notice, subjects, categories, purposes, recipients, activities, published);
    }

    /** Checks the format and its version and takes the languages: what reading any item depends on. */
    private List<String> header(Obj root) throws InventoryFormatException {
        String format = root.requiredString("format");
        if (!FORMAT_NAME.equals(format)) {
            throw root.error(
                    "format",
                    "not a Privacy Inventory document (format is " + Quoted.of(format) + ", expected \"" + FORMAT_NAME
                            + "\")");
        }
        int version = root.requiredInt("formatVersion");
        if (version > Inventory.FORMAT_VERSION) {
            throw root.error(
                    "formatVersion",
                    "made by a newer version of Privacy Inventory (format version " + version
                            + "; this version reads up to " + Inventory.FORMAT_VERSION + ")");
        }
        if (version < 1) {
            throw root.error("formatVersion", "format version " + version + " does not exist");
        }
        this.version = version;
        List<String> langs = root.requiredList("languages", this::string);
        if (langs.isEmpty()) {
            throw root.error("languages", "at least one language is needed");
        }
        languages = langs;
        return langs;
    }

    /** A list of the document's root: read already, item by item, while it was parsed, or read now from the tree. */
    private <T> List<T> items(Obj root, String field, ValueReader<T> reader) throws InventoryFormatException {
        List<Object> read = taken.get(field);
        if (read == null) {
            return root.list(field, reader);
        }
        root.take(field);
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) read;
        return items;
    }

    /** The lists of items of the root, by name: those read item by item while the document is parsed. */
    private ValueReader<?> itemReader(String field) {
        return switch (field) {
            case "dataSubjects" -> this::dataSubject;
            case "dataCategories" -> this::dataCategory;
            case "purposes" -> this::purpose;
            case "recipients" -> this::recipient;
            case "activities" -> this::activity;
            case "publishedNotices" -> this::publishedNotice;
            default -> null;
        };
    }

    /**
     * Maps the items of the root's lists while they are parsed. A list is taken only once the
     * format, its version and the languages are known and good (they come first in every document
     * this program writes); otherwise it stays in the tree and is read at the end, as always.
     */
    private final class ListReader implements JsonTree.ItemReader {
        @Override
        public boolean takes(String name, Map<String, Member> before) throws InventoryFormatException {
            ValueReader<?> reader = itemReader(name);
            if (reader == null
                    || !before.containsKey("format")
                    || !before.containsKey("formatVersion")
                    || !before.containsKey("languages")) {
                return false;
            }
            header(new Obj(new ObjectNode(before, 0), ModelPath.ROOT));
            if ("publishedNotices".equals(name) && version < 2) {
                return false;
            }
            if (!itemsStarted) {
                itemsStarted = true;
                // only a listener needs the organisation this early; the root reads it again anyway
                if (documentItems != DocumentItems.NONE) {
                    documentItems.start(languages, organisationIn(before));
                }
            }
            taken.put(name, new ArrayList<>());
            return true;
        }

        @Override
        public void item(String name, int index, Node item) throws InventoryFormatException {
            ModelPath list = field(ModelPath.ROOT, name);
            Object read = itemReader(name).read(item, index(list, index));
            taken.get(name).add(read);
            documentItems.item(name, index, read);
        }

        /** The organisation, when the root gave it before its lists; it is read again with the rest of the root. */
        private Organisation organisationIn(Map<String, Member> before) throws InventoryFormatException {
            Member member = before.get("organisation");
            return member == null || member.value() instanceof NullNode
                    ? null
                    : organisation(member.value(), ModelPath.ROOT.field("organisation"));
        }
    }

    private Organisation organisation(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        Organisation organisation = new Organisation(
                obj.requiredString("name"),
                obj.string("address"),
                obj.string("email"),
                obj.string("phone"),
                obj.string("website"),
                obj.optional("dpo", this::contact, null),
                obj.optional("representative", this::contact, null),
                obj.optional("supervisoryAuthority", this::supervisoryAuthority, null),
                obj.since2("country") ? obj.string("country") : null);
        obj.finish();
        return organisation;
    }

    private Contact contact(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        Contact contact =
                new Contact(obj.string("name"), obj.string("email"), obj.string("phone"), obj.string("address"));
        obj.finish();
        return contact;
    }

    private SupervisoryAuthority supervisoryAuthority(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        SupervisoryAuthority authority = new SupervisoryAuthority(obj.string("name"), obj.string("website"));
        obj.finish();
        return authority;
    }

    private NoticeSettings notice(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        NoticeSettings notice = new NoticeSettings(
                obj.text("title"),
                obj.date("effectiveDate"),
                obj.text("scope"),
                obj.text("introduction"),
                obj.since2("audiences") ? obj.list("audiences", this::audience) : List.of(),
                obj.since2("listChanges") && obj.bool("listChanges"));
        obj.finish();
        return notice;
    }

    private DataSubject dataSubject(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        DataSubject subject =
                new DataSubject(obj.requiredString("id"), obj.requiredText("name"), obj.text("description"));
        obj.finish();
        return subject;
    }

    private DataCategory dataCategory(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        DataCategory category = new DataCategory(
                obj.requiredString("id"),
                obj.requiredText("name"),
                obj.text("description"),
                obj.enumValue("source", DataSource.class),
                obj.bool("special"),
                obj.bool("criminal"));
        obj.finish();
        return category;
    }

    private Purpose purpose(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        Purpose purpose = new Purpose(
                obj.requiredString("id"),
                obj.requiredText("name"),
                obj.text("description"),
                obj.since2("directMarketing") && obj.bool("directMarketing"));
        obj.finish();
        return purpose;
    }

    private Recipient recipient(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        Recipient recipient = new Recipient(
                obj.requiredString("id"),
                obj.requiredText("name"),
                obj.text("description"),
                obj.enumValue("kind", RecipientKind.class),
                obj.string("country"),
                obj.bool("tracking"),
                obj.string("optOutUrl"),
                obj.string("contractUrl"),
                obj.since2("strictlyNecessary") && obj.bool("strictlyNecessary"));
        obj.finish();
        return recipient;
    }

    private Activity activity(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        Activity activity = new Activity(
                obj.requiredString("id"),
                obj.requiredText("name"),
                obj.text("description"),
                obj.string("owner"),
                obj.enumValue("role", Role.class),
                obj.list("controllers", this::contact),
                obj.enumValue("status", ActivityStatus.class),
                obj.list("dataSubjects", this::string),
                obj.list("dataCategories", this::string),
                obj.list("recipients", this::string),
                obj.list("purposes", this::purposeUse),
                obj.list("transfers", this::transfer),
                obj.list("retention", this::retentionRule),
                obj.text("securityMeasures"),
                obj.text("statutoryRequirement"),
                obj.optional("automatedDecisions", this::automatedDecisions, null),
                obj.optional("dpia", this::dpia, null),
                obj.date("reviewedOn"),
                obj.date("reviewDue"),
                obj.text("notes"),
                obj.since2("dpiaScreening") ? obj.list("dpiaScreening", this::dpiaCriterion) : List.of());
        obj.finish();
        return activity;
    }

    private PurposeUse purposeUse(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        PurposeUse use = new PurposeUse(
                obj.requiredString("purpose"),
                obj.enumValue("legalBasis", LegalBasis.class),
                obj.text("legalBasisReference"),
                obj.text("legitimateInterest"),
                obj.enumValue("specialCategoryCondition", SpecialCategoryCondition.class),
                obj.since2("criminalOffenceAuthority") ? obj.text("criminalOffenceAuthority") : null);
        obj.finish();
        return use;
    }

    private DpiaCriterion dpiaCriterion(Node node, ModelPath path) throws InventoryFormatException {
        String code = string(node, path);
        return Coded.parse(DpiaCriterion.class, code)
                .orElseThrow(() -> error(
                        node,
                        path,
                        "unknown value \"" + code + "\" (expected one of: "
                                + String.join(", ", Coded.codes(DpiaCriterion.class)) + ")"));
    }

    private Audience audience(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        Audience audience = new Audience(
                obj.requiredString("id"),
                obj.requiredText("title"),
                obj.list("dataSubjects", this::string),
                obj.text("scope"));
        obj.finish();
        return audience;
    }

    private PublishedNotice publishedNotice(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        String audience = obj.string("audience");
        String language = obj.requiredString("language");
        int number = obj.requiredInt("version");
        String at = obj.requiredString("publishedAt");
        Instant publishedAt;
        try {
            publishedAt = PUBLISHED_AT.parse(at, Instant::from);
        } catch (DateTimeParseException e) {
            throw obj.error("publishedAt", "\"" + at + "\" is not a time in the form YYYY-MM-DDTHH:MM:SSZ");
        }
        PublishedNotice published = new PublishedNotice(
                audience,
                language,
                number,
                publishedAt,
                obj.requiredString("publishedBy"),
                obj.requiredString("inventorySha256"),
                obj.requiredString("text"),
                obj.bool("forced"));
        obj.finish();
        return published;
    }

    /** A publication time as the format writes it: "2026-03-01T10:00:00Z". */
    public static String formatPublishedAt(Instant time) {
        return PUBLISHED_AT.format(time);
    }

    /** The one form a publication time takes in the format: UTC, to the second. */
    static final DateTimeFormatter PUBLISHED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);

    private io.privacyinventory.model.Transfer transfer(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        var transfer = new io.privacyinventory.model.Transfer(
                obj.requiredString("country"),
                obj.string("recipient"),
                obj.enumValue("safeguard", Safeguard.class),
                obj.text("description"));
        obj.finish();
        return transfer;
    }

    private RetentionRule retentionRule(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        List<String> categories = obj.has("dataCategories") ? obj.list("dataCategories", this::string) : null;
        RetentionRule rule =
                new RetentionRule(categories, obj.string("period"), obj.text("trigger"), obj.text("description"));
        obj.finish();
        return rule;
    }

    private AutomatedDecisions automatedDecisions(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        AutomatedDecisions decisions = new AutomatedDecisions(obj.bool("used"), obj.text("logic"));
        obj.finish();
        return decisions;
    }

    private Dpia dpia(Node node, ModelPath path) throws InventoryFormatException {
        Obj obj = object(node, path);
        DpiaStatus status = obj.enumValue("status", DpiaStatus.class);
        if (status == null) {
            throw obj.error(null, "missing required field \"status\"");
        }
        Dpia dpia = new Dpia(status, obj.string("reference"));
        obj.finish();
        return dpia;
    }

    // ---- values ------------------------------------------------------------------------------

    private String string(Node node, ModelPath path) throws InventoryFormatException {
        if (node instanceof StringNode string) {
            return string.value();
        }
        throw error(node, path, "expected a string, found " + node.kind());
    }

    private Text text(Node node, ModelPath path) throws InventoryFormatException {
        if (node instanceof StringNode string) {
            return Text.of(languages.get(0), string.value());
        }
        if (node instanceof ObjectNode object) {
            if (object.members().isEmpty()) {
                throw error(node, path, "a text needs at least one translation");
            }
            if (object.members().size() == 1) {
                Member only = object.members().values().iterator().next();
                return Text.of(only.name(), translation(only, path));
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Member member : object.members().values()) {
                values.put(member.name(), translation(member, path));
            }
            return Text.of(values);
        }
        throw error(node, path, "expected a text (a string, or an object of language to string), found " + node.kind());
    }

    /**
     * One translation of the text at {@code path}: a string under a language code. A name that is no
     * language code ("EN", "english") is reported as such, at the name, rather than by the type of
     * its value.
     */
    private String translation(Member member, ModelPath path) throws InventoryFormatException {
        if (!Syntax.isLanguage(member.name())) {
            throw errorAtName(member, path.field(member.name()), Syntax.notALanguageCode(member.name()));
        }
        return string(member.value(), field(path, member.name()));
    }

    /** The path of a field of the value at {@code path}, or that path when the reading makes none. */
    private ModelPath field(ModelPath path, String name) {
        return paths ? path.field(name) : path;
    }

    /** The path of an item of the list at {@code path}, as {@link #field}. */
    private ModelPath index(ModelPath path, int index) {
        return paths ? path.index(index) : path;
    }

    private Obj object(Node node, ModelPath path) throws InventoryFormatException {
        if (node instanceof ObjectNode object) {
            return new Obj(object, path);
        }
        throw error(node, path, "expected an object, found " + node.kind());
    }

    private InventoryFormatException error(Node node, ModelPath path, String message) {
        return new InventoryFormatException(
                new InventoryFormatException.Error(source, node.location(), path.toString(), message));
    }

    /** An error about a member of an object, placed at its name. */
    private InventoryFormatException errorAtName(Member member, ModelPath path, String message) {
        return new InventoryFormatException(
                new InventoryFormatException.Error(source, member.nameLocation(), path.toString(), message));
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        T read(Node node, ModelPath path) throws InventoryFormatException;
    }

    /** An object being read: takes fields one by one and, at the end, rejects any it did not take. */
    private final class Obj {
        private final ObjectNode node;
        private final ModelPath path;
        /** The fields asked for, in order, each once; a list, since objects have few fields and there are many objects. */
        private final List<String> taken = new ArrayList<>(8);
        /** How many of the fields asked for the object has: when that is all of its fields, none is unknown. */
        private int present;

        Obj(ObjectNode node, ModelPath path) {
            this.node = node;
            this.path = path;
        }

        ModelPath path(String field) {
            return InventoryJsonReader.this.field(path, field);
        }

        /**
         * Whether a field that format version 2 added may be read: always in a version-2 document;
         * in a version-1 document it is refused when present (and absent, it keeps its default).
         */
        boolean since2(String field) throws InventoryFormatException {
            if (version >= 2) {
                return true;
            }
            Member member = node.members().get(field);
            if (member != null) {
                throw errorAtName(
                        member,
                        path(field),
                        "\"" + field + "\" is new in format version 2, but the document says " + "\"formatVersion\": "
                                + version + "; set \"formatVersion\": 2 to use it");
            }
            return false;
        }

        boolean has(String field) {
            Member member = mark(field);
            return member != null && !(member.value() instanceof NullNode);
        }

        /** The field's value, or null when it is absent or JSON null. */
        private Node take(String field) {
            Member member = mark(field);
            return member == null || member.value() instanceof NullNode ? null : member.value();
        }

        private Member mark(String field) {
            if (!FIELDS.contains(field)) {
                throw new IllegalStateException("field \"" + field + "\" is missing from InventoryJsonReader.FIELDS");
            }
            Member member = node.members().get(field);
            if (!taken.contains(field)) {
                taken.add(field);
                if (member != null) {
                    present++;
                }
            }
            return member;
        }

        private Node takeRequired(String field) throws InventoryFormatException {
            Node value = take(field);
            if (value == null) {
                Member member = node.members().get(field);
                if (member != null) {
                    throw InventoryJsonReader.this.error(member.value(), path(field), "must not be null");
                }
                throw InventoryJsonReader.this.error(node, path, "missing required field \"" + field + "\"");
            }
            return value;
        }

        InventoryFormatException error(String field, String message) {
            Node at = field == null ? node : JsonTree.find(node, ModelPath.ROOT.field(field));
            return InventoryJsonReader.this.error(at, field == null ? path : path(field), message);
        }

        String string(String field) throws InventoryFormatException {
            Node value = take(field);
            return value == null ? null : InventoryJsonReader.this.string(value, path(field));
        }

        String requiredString(String field) throws InventoryFormatException {
            return InventoryJsonReader.this.string(takeRequired(field), path(field));
        }

        int requiredInt(String field) throws InventoryFormatException {
            Node value = takeRequired(field);
            if (value instanceof NumberNode number) {
                Integer whole = number.intValue();
                if (whole != null) {
                    return whole;
                }
            }
            throw InventoryJsonReader.this.error(
                    value, path(field), "expected a whole number, found " + describe(value));
        }

        boolean bool(String field) throws InventoryFormatException {
            Node value = take(field);
            if (value == null) {
                return false;
            }
            if (value instanceof BooleanNode bool) {
                return bool.value();
            }
            throw InventoryJsonReader.this.error(
                    value, path(field), "expected true or false, found " + describe(value));
        }

        Text text(String field) throws InventoryFormatException {
            Node value = take(field);
            return value == null ? null : InventoryJsonReader.this.text(value, path(field));
        }

        Text requiredText(String field) throws InventoryFormatException {
            return InventoryJsonReader.this.text(takeRequired(field), path(field));
        }

        LocalDate date(String field) throws InventoryFormatException {
            String value = string(field);
            if (value == null) {
                return null;
            }
            try {
                if (value.length() == 10) {
                    return LocalDate.parse(value);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            throw error(field, Quoted.of(value) + " is not a date in the form YYYY-MM-DD");
        }

        <E extends Enum<E> & Coded> E enumValue(String field, Class<E> type) throws InventoryFormatException {
            String value = string(field);
            if (value == null) {
                return null;
            }
            return Coded.parse(type, value)
                    .orElseThrow(() -> error(
                            field,
                            "unknown value " + Quoted.of(value) + " (expected one of: "
                                    + String.join(", ", Coded.codes(type)) + ")"));
        }

        <T> T required(String field, ValueReader<T> reader) throws InventoryFormatException {
            return reader.read(takeRequired(field), path(field));
        }

        <T> T optional(String field, ValueReader<T> reader, T absent) throws InventoryFormatException {
            Node value = take(field);
            return value == null ? absent : reader.read(value, path(field));
        }

        <T> List<T> list(String field, ValueReader<T> reader) throws InventoryFormatException {
            Node value = take(field);
            return value == null ? List.of() : items(value, field, reader);
        }

        <T> List<T> requiredList(String field, ValueReader<T> reader) throws InventoryFormatException {
            return items(takeRequired(field), field, reader);
        }

        private <T> List<T> items(Node value, String field, ValueReader<T> reader) throws InventoryFormatException {
            if (!(value instanceof ArrayNode array)) {
                throw InventoryJsonReader.this.error(value, path(field), "expected an array, found " + describe(value));
            }
            List<T> items = new ArrayList<>(array.items().size());
            ModelPath listPath = path(field);
            for (int i = 0; i < array.items().size(); i++) {
                items.add(reader.read(array.items().get(i), index(listPath, i)));
            }
            return items;
        }

        void finish() throws InventoryFormatException {
            if (present == node.members().size()) {
                return;
            }
            for (Member member : node.members().values()) {
                if (!taken.contains(member.name())) {
                    throw errorAtName(
                            member,
                            path(member.name()),
                            "unknown field \"" + member.name() + "\" (expected one of: " + String.join(", ", taken)
                                    + ")");
                }
            }
        }
    }

    private static String describe(Node node) {
        if (node instanceof StringNode string) {
            return "the string " + Quoted.of(string.value());
        }
        if (node instanceof NumberNode number) {
            return "the number " + Quoted.cut(number.text());
        }
        return node.kind();
    }
}
