package io.privacyinventory.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.privacyinventory.model.diff.FieldDiff;
import io.privacyinventory.model.diff.ItemDiff;
import io.privacyinventory.model.diff.RecordDiff;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A record diff for scripts: {@code {"language", "differences", "items": [{"kind", "kindLabel",
 * "id", "name", "change", "fields": [{"path", "label", "language", "before", "after"}]}]}}.
 * {@code kind} and {@code change} are stable codes; labels and values are words in the diff's
 * language. Absent values are null.
 */
public final class RecordDiffJson {
    private static final JsonFactory JSON = new JsonFactory();

    private RecordDiffJson() {}

    public static void write(RecordDiff diff, OutputStream stream) throws IOException {
        try (JsonGenerator out = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out.setPrettyPrinter(InventoryJsonWriter.canonicalPrinter());
            out.writeStartObject();
            out.writeStringField("language", diff.language());
            out.writeNumberField("differences", diff.count());
            out.writeArrayFieldStart("items");
            for (ItemDiff item : diff.items()) {
                out.writeStartObject();
                out.writeStringField("kind", item.kind().code());
                out.writeStringField("kindLabel", item.kindLabel());
                out.writeStringField("id", item.id());
                out.writeStringField("name", item.name());
                out.writeStringField("change", item.change().code());
                out.writeArrayFieldStart("fields");
                for (FieldDiff field : item.fields()) {
                    out.writeStartObject();
                    out.writeStringField("path", field.path());
                    out.writeStringField("label", field.label());
                    out.writeStringField("language", field.language());
                    out.writeStringField("before", field.before());
                    out.writeStringField("after", field.after());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeRaw('\n');
        }
    }
}
