package io.privacyinventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Inventory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated inventories whose every free text (names, descriptions, contacts, notes, references …)
 * is a generated hostile string: formula starts for spreadsheets, markup and attribute breakers for
 * HTML, entity look-alikes, control characters. Ids, codes, dates and addresses stay valid, so the
 * inventory still loads; the texts are rewritten through the JSON document.
 */
public final class HostileTexts {
    private static final Set<String> TEXT_KEYS = Set.of(
            "name",
            "description",
            "owner",
            "address",
            "email",
            "phone",
            "notes",
            "securityMeasures",
            "statutoryRequirement",
            "legalBasisReference",
            "legitimateInterest",
            "trigger",
            "logic",
            "reference",
            "title",
            "scope",
            "introduction");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileTexts() {}

    /** One hostile string: something a spreadsheet or browser would act on, around arbitrary text. */
    public static Arbitrary<String> strings() {
        Arbitrary<String> start = Arbitraries.of("", "=", "+", "-", "@", "\t", "\r", "\n", "'", "'=", " =", "\uFEFF=");
        Arbitrary<String> payload = Arbitraries.of(
                "<x-hostile>",
                "</p><x-hostile>",
                "<script>alert(1)</script>",
                "\" onmouseover=\"alert(1)",
                "'><x-hostile a='",
                "&amp;lt;",
                "&#60;x-hostile&#62;",
                "<!--",
                "]]>",
                "=HYPERLINK(\"http://evil.example\",\"x\")",
                "cmd|' /C calc'!A0",
                "javascript:alert(1)",
                "SUM(A1:A9)",
                "a; \"b\"; c",
                "<img src=x onerror=alert(1)>",
                "");
        Arbitrary<String> tail = Arbitraries.strings().ofMaxLength(6);
        return Combinators.combine(start, payload, tail).as((a, b, c) -> a + b + c);
    }

    /** The inventory with every free text replaced, in turn, by one of {@code strings}. */
    public static Inventory rewrite(Inventory inventory, List<String> strings) {
        try {
            JsonNode root = JSON.readTree(InventoryJsonWriter.toBytes(inventory));
            Iterator<String> next = cycle(strings);
            rewrite(root, next);
            return InventoryJsonReader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "hostile.json");
        } catch (Exception e) {
            throw new AssertionError("the hostile inventory does not load: " + e.getMessage(), e);
        }
    }

    private static void rewrite(JsonNode node, Iterator<String> next) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                JsonNode value = field.getValue();
                if (TEXT_KEYS.contains(field.getKey()) && value.isTextual()) {
                    object.set(field.getKey(), new TextNode(next.next()));
                } else if (TEXT_KEYS.contains(field.getKey())
                        && value instanceof ObjectNode translations
                        && isText(translations)) {
                    List<String> languages = new ArrayList<>();
                    translations.fieldNames().forEachRemaining(languages::add);
                    languages.forEach(language -> translations.set(language, new TextNode(next.next())));
                } else {
                    rewrite(value, next);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(item -> rewrite(item, next));
        }
    }

    /** An object of language code to string, as the format writes a translated text. */
    private static boolean isText(ObjectNode node) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().matches("[a-z]{2,3}") || !field.getValue().isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Iterator<String> cycle(List<String> strings) {
        List<String> pool = strings.isEmpty() ? List.of("=x") : strings;
        return new Iterator<>() {
            private int at;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                return pool.get(at++ % pool.size());
            }
        };
    }
}
