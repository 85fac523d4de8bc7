package io.privacyinventory.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.model.Inventory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Nothing of the record is silently left out of a diff: every record type reachable from
 * {@link Inventory} has a table, and every one of its components an entry (compared, or marked
 * as not compared with a reason). A field added to the model fails here until it gets its line in
 * {@link RecordTables}, and a label in both languages.
 */
class FieldTablesCoverTheModelTest {

    /** Every record type of the model that an inventory holds, directly, in a list or inside another record. */
    private static Set<Class<?>> recordsOfTheModel() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(List.of(Inventory.class));
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            if (!found.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                for (Class<?> held : heldTypes(component.getGenericType())) {
                    if (held.isRecord() && held.getPackageName().startsWith("io.privacyinventory.model")) {
                        toVisit.add(held);
                    }
                }
            }
        }
        return found;
    }

    private static List<Class<?>> heldTypes(Type type) {
        if (type instanceof Class<?> plain) {
            return List.of(plain);
        }
        if (type instanceof ParameterizedType generic) {
            return Arrays.stream(generic.getActualTypeArguments())
                    .flatMap(argument -> heldTypes(argument).stream())
                    .toList();
        }
        return List.of();
    }

    @Test
    void everyRecordComponentOfTheModelHasAnEntryInItsTable() {
        Set<Class<?>> records = recordsOfTheModel();
        assertThat(records).as("the walk reaches the nested records").hasSizeGreaterThanOrEqualTo(15);

        assertThat(RecordTables.ALL.keySet()).as("record types with a table").containsAll(records);
        for (Class<?> type : records) {
            List<String> components = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            List<String> entries = RecordTables.ALL.get(type).fields().stream()
                    .map(Field::component)
                    .toList();
            assertThat(entries)
                    .as("entries of the table for " + type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(components);
        }
    }

    @Test
    void everyComparedFieldHasALabelInEnglishAndNorwegian() {
        for (String language : List.of("en", "nb")) {
            DiffWords words = DiffWords.forLanguage(language);
            for (FieldTable<?> table : RecordTables.ALL.values()) {
                for (Field<?> field : table.fields()) {
                    if (!(field instanceof Field.NotCompared)) {
                        assertThat(table.label(field.component(), words))
                                .as(language + " label of " + table.type().getSimpleName() + "." + field.component())
                                .isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void norwegianLabelsAreTranslatedNotCopiedFromEnglish() {
        DiffWords en = DiffWords.forLanguage("en");
        DiffWords nb = DiffWords.forLanguage("nb");
        for (String key : List.of("activity.purposes", "purposeUse.legalBasis", "retention.period", "kind.activity")) {
            assertThat(nb.get(key)).as(key).isNotEqualTo(en.get(key));
        }
    }
}
