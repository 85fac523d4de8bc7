package io.privacyinventory.exchange;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.privacyinventory.model.ModelPath;
import io.privacyinventory.model.Quoted;
import io.privacyinventory.model.Syntax;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON document read into a tree whose every node remembers its line and column, so that
 * errors found after parsing (an unknown id, a bad date) still point at the exact place.
 * Parsing goes through Jackson's streaming parser with explicit limits, so a hostile document
 * fails cleanly instead of exhausting memory.
 */
final class JsonTree {

    /**
     * Limits well above any real inventory. The benchmark's document of 100,000 activities is about
     * 250 MB, just under the document limit; such a document needs a heap of a few GB to read.
     */
    static final long MAX_DOCUMENT_BYTES = 256L * 1024 * 1024;

    static final int MAX_NESTING = 32;
    static final int MAX_STRING_LENGTH = 1024 * 1024;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_NUMBER_LENGTH = 30;
    /** Languages one text may hold; far more than any inventory has. */
    static final int MAX_TRANSLATIONS = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(Quoted.MAX_CHARACTERS)
                    .maxRawContentLength(Quoted.MAX_CHARACTERS)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /**
     * A value of the document. Its place is kept as one number (see {@link #pack}) rather than a
     * {@link SourceLocation} object: a large document has millions of nodes, and almost none is ever
     * reported in an error.
     */
    sealed interface Node permits ObjectNode, ArrayNode, StringNode, NumberNode, BooleanNode, NullNode, SkippedNode {
        long at();

        default SourceLocation location() {
            return unpack(at());
        }

        /** How the JSON type is named in error messages. */
        String kind();
    }

    record Member(String name, long nameAt, Node value) {
        SourceLocation nameLocation() {
            return unpack(nameAt);
        }
    }

    record ObjectNode(Map<String, Member> members, long at) implements Node {
        public String kind() {
            return "an object";
        }
    }

    record ArrayNode(List<Node> items, long at) implements Node {
        public String kind() {
            return "an array";
        }
    }

    record StringNode(String value, long at) implements Node {
        public String kind() {
            return "a string";
        }
    }

    /**
     * A number as it is written. It is never converted as a whole: {@code 1e999999999} is short,
     * but as a decimal it has a billion digits.
     */
    record NumberNode(String text, boolean integral, long at) implements Node {
        public String kind() {
            return "a number";
        }

        /** The value when it is a whole number in int range (written as {@code 3}, {@code 3.0} or {@code 3e0}), else null. */
        Integer intValue() {
            if (integral) {
                try {
                    return Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            int exponentAt = Math.max(text.indexOf('e'), text.indexOf('E'));
            if (exponentAt >= 0) {
                String exponent = text.substring(exponentAt + 1);
                // anything beyond a few digits either way is no int; checked before BigDecimal expands it
                if (exponent.replaceFirst("^[+-]", "").replaceFirst("^0+", "").length() > 2) {
                    return null;
                }
            }
            try {
                return new BigDecimal(text).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
    }

    record BooleanNode(boolean value, long at) implements Node {
        public String kind() {
            return value ? "true" : "false";
        }
    }

    record NullNode(long at) implements Node {
        public String kind() {
            return "null";
        }
    }

    /** The value of an unknown field, passed over unread: only what kind of value it was is kept. */
    record SkippedNode(String kind, long at) implements Node {}

    private static String kindOf(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> "null";
        };
    }

    private final String source;
    private final Set<String> fields;
    /**
     * Whether nodes keep their places. The fast reading (with an {@link ItemReader}) never reports an
     * error itself (decision 0016: any problem reads the document again the located way), so it
     * does not ask the parser for a place at every value.
     */
    private final boolean located;

    private JsonTree(String source, Set<String> fields, boolean located) {
        this.source = source;
        this.fields = fields;
        this.located = located;
    }

    /**
     * Reads one JSON value from UTF-8 bytes (a byte-order mark is skipped) and nothing after it.
     * {@code fields} are the names objects may have. Any other name is a language code holding a
     * translation, or an unknown field: its value is passed over without being built (a hostile
     * document may hold hundreds of megabytes there), and only the first unknown field of an object
     * is kept, as a {@link SkippedNode}, for the reader to report.
     */
    static Node parse(InputStream in, String source, Set<String> fields) throws InventoryFormatException {
        return parse(in, source, fields, null);
    }

    /**
     * Takes the items of some of the root object's arrays while they are read, so that the tree
     * need not hold them: a large document's located tree is several times its size in memory.
     */
    interface ItemReader {
        /**
         * Whether the items of the root's field {@code name} go to {@link #item} rather than into
         * the tree; {@code before} are the root's members read so far.
         */
        boolean takes(String name, Map<String, Member> before) throws InventoryFormatException;

        /** One item of such an array, with its places, read and then dropped from the tree. */
        void item(String name, int index, Node item) throws InventoryFormatException;
    }

    /**
     * As {@link #parse(InputStream, String, Set)}, but the arrays of the root object that {@code
     * items} takes are handed over an item at a time and stand in the tree as empty arrays. Every
     * check of the document is made all the same: syntax, limits, duplicate names, unknown fields.
     */
    static Node parse(InputStream in, String source, Set<String> fields, ItemReader items)
            throws InventoryFormatException {
        JsonTree tree = new JsonTree(source, fields, items == null);
        StrictUtf8InputStream strict = new StrictUtf8InputStream(in);
        try (JsonParser parser = FACTORY.createParser(strict)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw tree.error(SourceLocation.UNKNOWN, ModelPath.ROOT, "the file is empty");
                }
                Node root = tree.value(parser, ModelPath.ROOT, items);
                if (parser.nextToken() != null) {
                    throw tree.error(
                            location(parser.currentTokenLocation()),
                            ModelPath.ROOT,
                            "unexpected content after the end of the document");
                }
                return root;
            } catch (StreamConstraintsException e) {
                // Jackson gives these no place; where the parser stopped is the place
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw tree.error(location(where), tree.currentPath, limitExceeded(e));
            }
        } catch (JsonProcessingException e) {
            throw tree.error(
                    location(e.getLocation()),
                    tree.currentPath,
                    "malformed JSON: " + Quoted.cut(malformed(e.getOriginalMessage())));
        } catch (StrictUtf8InputStream.MalformedException e) {
            throw tree.error(new SourceLocation(e.line(), e.column()), tree.currentPath, e.getMessage());
        } catch (IOException e) {
            throw tree.error(SourceLocation.UNKNOWN, ModelPath.ROOT, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Jackson's reason for malformed JSON without its own bookkeeping: a document that stops early
     * is said in words, and the parser's notes on where a structure started ("[Source: REDACTED
     * (`StreamReadFeature…` disabled); line…]") and character codes are left out, since the
     * message already names the place.
     */
    static String malformed(String message) {
        String text = String.valueOf(message);
        if (text.startsWith("Unexpected end-of-input")) {
            return "the document ends too early (the file may be cut short)";
        }
        return text.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
                .replaceAll(" \\(code \\d+\\)", "");
    }

    /** Which limit a document went past, in a sentence (Jackson's own text names its configuration methods). */
    private static String limitExceeded(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("NumberLength")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
        }
        if (message.contains("StringLength")) {
            return "a text longer than " + MAX_STRING_LENGTH + " characters";
        }
        if (message.contains("NameLength")) {
            return "a field name longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (message.contains("NestingDepth")) {
            return "nested deeper than " + MAX_NESTING + " levels";
        }
        if (message.contains("DocumentLength")) {
            return "the document is larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB";
        }
        return "the document goes past a size limit of the format";
    }

    /**
     * The text when it holds only whole characters: an escape such as {@code \ud800} can name half
     * of a character pair, which no file can store and no program can show.
     */
    private String whole(String text, long at, ModelPath path) throws InventoryFormatException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error(
                        unpack(at),
                        path,
                        String.format(
                                "the escape \\u%04x is half of a character pair "
                                        + "(a lone surrogate), not a character",
                                (int) c));
            }
        }
        return text;
    }

    private ModelPath currentPath = ModelPath.ROOT;

    /** One value; {@code items} is given for the root object only. */
    private Node value(JsonParser parser, ModelPath path, ItemReader items)
            throws IOException, InventoryFormatException {
        currentPath = path;
        long at = place(parser);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Members members = new Members();
                int translations = 0;
                boolean skipped = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    long nameAt = place(parser);
                    whole(name, nameAt, path);
                    if (members.containsKey(name)) {
                        throw error(unpack(nameAt), path.field(name), "duplicate field " + Quoted.of(name));
                    }
                    JsonToken valueToken = parser.nextToken();
                    if (!fields.contains(name)) {
                        if (!Syntax.isLanguage(name) || valueToken != JsonToken.VALUE_STRING) {
                            // an unknown field: passed over without building it; the first one stays as a mark for
                            // the reader to report once it has checked the format and its version
                            Node mark = new SkippedNode(kindOf(valueToken), place(parser));
                            currentPath = path.field(name);
                            parser.skipChildren();
                            if (!skipped) {
                                members.add(new Member(name, nameAt, mark));
                                skipped = true;
                            }
                            currentPath = path;
                            continue;
                        }
                        if (++translations > MAX_TRANSLATIONS) {
                            throw error(
                                    unpack(nameAt),
                                    path.field(name),
                                    "more than " + MAX_TRANSLATIONS + " translations in one text");
                        }
                    }
                    if (items != null && valueToken == JsonToken.START_ARRAY && items.takes(name, members)) {
                        long arrayAt = place(parser);
                        ModelPath listPath = field(path, name);
                        int index = 0;
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            items.item(name, index, value(parser, index(listPath, index), null));
                            index++;
                            currentPath = listPath;
                        }
                        members.add(new Member(name, nameAt, new ArrayNode(List.of(), arrayAt)));
                    } else {
                        members.add(new Member(name, nameAt, value(parser, field(path, name), null)));
                    }
                    currentPath = path;
                }
                return new ObjectNode(members, at);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(value(parser, index(path, elements.size()), null));
                    currentPath = path;
                }
                return new ArrayNode(Collections.unmodifiableList(elements), at);
            }
            case VALUE_STRING:
                return new StringNode(whole(parser.getText(), at, path), at);
            case VALUE_NUMBER_INT:
                return new NumberNode(parser.getText(), true, at);
            case VALUE_NUMBER_FLOAT:
                return new NumberNode(parser.getText(), false, at);
            case VALUE_TRUE:
                return new BooleanNode(true, at);
            case VALUE_FALSE:
                return new BooleanNode(false, at);
            case VALUE_NULL:
                return new NullNode(at);
            default:
                throw error(unpack(at), path, "unexpected " + token);
        }
    }

    /** The path of a member, for errors; a tree without places has no errors to report, and no paths. */
    private ModelPath field(ModelPath path, String name) {
        return located ? path.field(name) : path;
    }

    /** The path of an array's item, as {@link #field}. */
    private ModelPath index(ModelPath path, int index) {
        return located ? path.index(index) : path;
    }

    /** Where the parser's current token is, packed; 0 (unknown) when the tree keeps no places. */
    private long place(JsonParser parser) {
        return located ? pack(parser.currentTokenLocation()) : 0;
    }

    /**
     * An object's members in the order read, unmodifiable once read. Objects of the format have a
     * few dozen members at most (an object of translations at most {@link #MAX_TRANSLATIONS}), so a
     * look-up goes along an array; names come from the parser's symbol table, one string per name,
     * so most comparisons are of the same string. A document has millions of objects, and a hash map
     * each (table, entries, view) was a large part of what reading it allocated.
     */
    static final class Members extends AbstractMap<String, Member> {
        private Member[] members = new Member[4];
        private int size;

        private void add(Member member) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = member;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Member get(Object name) {
            for (int i = 0; i < size; i++) {
                if (members[i].name().equals(name)) {
                    return members[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object name) {
            return get(name) != null;
        }

        @Override
        public Collection<Member> values() {
            return Collections.unmodifiableList(Arrays.asList(members).subList(0, size));
        }

        @Override
        public Set<Map.Entry<String, Member>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Map.Entry<String, Member>> iterator() {
                    Iterator<Member> values = values().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return values.hasNext();
                        }

                        @Override
                        public Map.Entry<String, Member> next() {
                            Member member = values.next();
                            return Map.entry(member.name(), member);
                        }
                    };
                }
            };
        }
    }

    private InventoryFormatException error(SourceLocation at, ModelPath path, String message) {
        return new InventoryFormatException(new InventoryFormatException.Error(source, at, path.toString(), message));
    }

    static SourceLocation location(JsonLocation location) {
        return unpack(pack(location));
    }

    /** Line and column in one number: the line in the high half, the column in the low; 0 when unknown. */
    static long pack(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return 0;
        }
        return ((long) location.getLineNr() << 32) | (location.getColumnNr() & 0xFFFFFFFFL);
    }

    static SourceLocation unpack(long at) {
        return at == 0 ? SourceLocation.UNKNOWN : new SourceLocation((int) (at >>> 32), (int) at);
    }

    /** The node at {@code path}, or the deepest node on the way there that exists. */
    static Node find(Node root, ModelPath path) {
        Node node = root;
        for (Object segment : path.segments()) {
            Node next = null;
            if (segment instanceof Integer index
                    && node instanceof ArrayNode array
                    && index < array.items().size()) {
                next = array.items().get(index);
            } else if (segment instanceof String name
                    && node instanceof ObjectNode object
                    && object.members().containsKey(name)) {
                next = object.members().get(name).value();
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }
}
