package io.privacyinventory.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.privacyinventory.model.ModelPath;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /**
     * A value of the document. Its place is kept as one number (see {@link #pack}) rather than a
     * {@link SourceLocation} object: a large document has millions of nodes, and almost none is ever
     * reported in an error.
     */
    sealed interface Node permits ObjectNode, ArrayNode, StringNode, NumberNode, BooleanNode, NullNode {
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

    record NumberNode(BigDecimal value, long at) implements Node {
        public String kind() {
            return "a number";
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

    private final String source;

    private JsonTree(String source) {
        this.source = source;
    }

    /** Reads one JSON value from UTF-8 bytes (a byte-order mark is skipped) and nothing after it. */
    static Node parse(InputStream in, String source) throws InventoryFormatException {
        JsonTree tree = new JsonTree(source);
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw tree.error(SourceLocation.UNKNOWN, ModelPath.ROOT, "the file is empty");
            }
            Node root;
            try {
                root = tree.value(parser, ModelPath.ROOT);
                if (parser.nextToken() != null) {
                    throw tree.error(location(parser.currentTokenLocation()), ModelPath.ROOT,
                            "unexpected content after the end of the document");
                }
            } catch (StreamConstraintsException e) {
                // Jackson's exception has no place: where the parser stopped is in the value that is too large
                throw tree.error(location(parser.currentLocation()), tree.currentPath, ReadLimits.describe(e));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw tree.error(location(e.getLocation()), tree.currentPath, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw tree.error(SourceLocation.UNKNOWN, ModelPath.ROOT, "cannot be read: " + e.getMessage());
        }
    }

    private ModelPath currentPath = ModelPath.ROOT;

    private Node value(JsonParser parser, ModelPath path) throws IOException, InventoryFormatException {
        currentPath = path;
        long at = pack(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Member> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    long nameAt = pack(parser.currentTokenLocation());
                    if (members.containsKey(name)) {
                        throw error(unpack(nameAt), path.field(name), "duplicate field \"" + name + "\"");
                    }
                    parser.nextToken();
                    members.put(name, new Member(name, nameAt, value(parser, path.field(name))));
                    currentPath = path;
                }
                return new ObjectNode(Collections.unmodifiableMap(members), at);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, path.index(items.size())));
                    currentPath = path;
                }
                return new ArrayNode(Collections.unmodifiableList(items), at);
            }
            case VALUE_STRING:
                return new StringNode(parser.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new NumberNode(parser.getDecimalValue(), at);
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
            if (segment instanceof Integer index && node instanceof ArrayNode array && index < array.items().size()) {
                next = array.items().get(index);
            } else if (segment instanceof String name && node instanceof ObjectNode object
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
