package io.privacyinventory.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/csv.md is the reference for people and programs reading the files: it lists every column. */
class CsvDocumentationTest {
    private static final List<String> ORGANISATION_LINES = List.of(
            "title",
            "controller",
            "processor",
            "controller-and-processor",
            "address",
            "email",
            "phone",
            "website",
            "dpo",
            "dpo-email",
            "dpo-phone",
            "dpo-address",
            "representative",
            "representative-email",
            "representative-phone",
            "representative-address");

    @Test
    void everyColumnIsDocumentedWithItsKeyAndBothHeadings() throws Exception {
        String doc = Files.readString(Path.of("docs", "csv.md"));

        assertDocumented(doc, "activities.", CsvExport.activityColumnKeys());
        assertDocumented(doc, "protocol.controller.", CsvExport.protocolControllerColumnKeys());
        assertDocumented(doc, "protocol.processor.", CsvExport.protocolProcessorColumnKeys());
        assertDocumented(doc, "header.", ORGANISATION_LINES);
    }

    private static void assertDocumented(String doc, String prefix, List<String> keys) {
        for (String key : keys) {
            assertThat(doc)
                    .as(prefix + key)
                    .contains("`" + key + "`")
                    .contains(CsvExport.heading(prefix, key, "en"))
                    .contains(CsvExport.heading(prefix, key, "nb"));
        }
    }

    @Test
    void theColumnTablesListTheColumnsInTheirOrder() throws Exception {
        List<String> documented = Files.readAllLines(Path.of("docs", "csv.md")).stream()
                .map(String::strip)
                .filter(line -> line.matches("\\| \\d+ \\| `[a-z-]+` \\|.*"))
                .map(line -> line.split("`")[1])
                .toList();

        List<String> activities = CsvExport.activityColumnKeys();
        assertThat(documented.subList(0, activities.size())).containsExactlyElementsOf(activities);
        assertThat(documented.subList(activities.size(), documented.size()))
                .containsExactlyElementsOf(Stream.concat(
                                CsvExport.protocolControllerColumnKeys().stream(),
                                CsvExport.protocolProcessorColumnKeys().stream())
                        .toList());
    }
}
