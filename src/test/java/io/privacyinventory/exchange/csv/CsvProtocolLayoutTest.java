package io.privacyinventory.exchange.csv;

import static io.privacyinventory.exchange.csv.CsvTestFiles.export;
import static io.privacyinventory.exchange.csv.CsvTestFiles.exportAndParse;
import static io.privacyinventory.exchange.csv.CsvTestFiles.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.TestInventories;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvProtocolLayoutTest {
    private static final Inventory CLINIC = TestInventories.read(TestInventories.CLINIC_GROUP);
    private static final Inventory PRODUCTS = TestInventories.read(TestInventories.PRODUCT_SERVICES);
    private static final int ORGANISATION_LINES = 14;

    private static List<List<String>> protocol(Inventory inventory, String language) {
        return exportAndParse(inventory, CsvLayout.PROTOCOL, CsvOptions.plain(language));
    }

    @Test
    void startsWithTheOrganisationItsDpoAndRepresentativeThenABlankLine() {
        List<List<String>> rows = protocol(CLINIC, "en");

        assertThat(rows.subList(0, ORGANISATION_LINES))
                .containsExactly(
                        List.of("Record of processing activities (GDPR Art. 30)"),
                        List.of("Controller and processor", "Fjellvik Helse AS"),
                        List.of("Address", "Storgata 41, 0182 Oslo, Norway"),
                        List.of("E-mail", "post@fjellvikhelse.example"),
                        List.of("Phone", "'+47 21 00 00 00"),
                        List.of("Website", "https://www.fjellvikhelse.example"),
                        List.of("Data protection officer", "Ingrid Solberg, Data Protection Officer"),
                        List.of("Data protection officer's e-mail", "personvernombud@fjellvikhelse.example"),
                        List.of("Data protection officer's phone", "'+47 21 00 00 10"),
                        List.of(
                                "Data protection officer's address",
                                "Fjellvik Helse AS, Storgata 41, 0182 Oslo, Norway"),
                        List.of("Representative in the EU/EEA (Art. 27)", ""),
                        List.of("Representative's e-mail", ""),
                        List.of("Representative's phone", ""),
                        List.of("Representative's address", ""));
        assertThat(rows.get(ORGANISATION_LINES)).isEmpty();
    }

    @Test
    void listsOnlyApprovedActivitiesWithProcessorActivitiesInTheirOwnBlock() {
        List<List<String>> rows = protocol(CLINIC, "en");
        List<List<String>> tables = rows.subList(ORGANISATION_LINES + 1, rows.size());
        int blank = tables.indexOf(List.of());

        List<Map<String, String>> controlled = table(tables.get(0), tables.subList(1, blank));
        List<Map<String, String>> processed = table(tables.get(blank + 1), tables.subList(blank + 2, tables.size()));

        assertThat(controlled)
                .extracting(row -> row.get("Processing activity"))
                .containsExactly(
                        "Patient examination, treatment and records", "Booking, reminders and invoicing",
                        "Employment administration and payroll", "Website statistics");
        assertThat(processed)
                .extracting(row -> row.get("Categories of processing (as processor)"))
                .containsExactly("Occupational health registers kept for client companies");
        assertThat(processed.get(0).get("Controllers on whose behalf we process"))
                .isEqualTo(
                        "Brattli Mekaniske AS (hms@brattli-mek.example, +47 32 00 00 00, Industriveien 8, 3036 Drammen, Norway); "
                                + "Lillestrøm Lakkering AS (post@lillestrom-lakk.example, Fetveien 20, 2007 Kjeller, Norway)");

        String file = new String(export(CLINIC, CsvLayout.PROTOCOL, CsvOptions.plain("en")), StandardCharsets.UTF_8);
        for (Activity activity : CLINIC.activities()) {
            if (activity.status() != ActivityStatus.APPROVED) {
                assertThat(file)
                        .as(activity.id())
                        .doesNotContain(activity.name().resolve("en", "en"));
            }
        }
    }

    @Test
    void controllerColumnsCoverArticle30OneInTheIcoOrder() {
        List<List<String>> rows = protocol(CLINIC, "en");

        assertThat(rows.get(ORGANISATION_LINES + 1))
                .containsExactly(
                        "Business function",
                        "Processing activity",
                        "Purposes and legal basis",
                        "Joint controllers",
                        "Categories of data subjects",
                        "Categories of personal data",
                        "Categories of recipients",
                        "Transfers to third countries and safeguards",
                        "Details of transfers",
                        "Time limits for erasure (retention)",
                        "Technical and organisational security measures",
                        "Legal basis reference (law, contract, consent)",
                        "Art. 9 condition for special categories",
                        "Art. 10 authority for criminal-offence data",
                        "Legitimate interests",
                        "DPIA",
                        "Last reviewed");
        Map<String, String> patientCare = table(
                        rows.get(ORGANISATION_LINES + 1), rows.subList(ORGANISATION_LINES + 2, ORGANISATION_LINES + 3))
                .get(0);
        assertThat(patientCare.get("Business function")).isEqualTo("Clinical services");
        assertThat(patientCare.get("Art. 9 condition for special categories"))
                .isEqualTo("Health or social care (Art. 9(2)(h))");
        assertThat(patientCare.get("DPIA")).isEqualTo("Completed — DPIA-2024-01 Patient record system (Journalia)");
        assertThat(ValueList.split(patientCare.get("Legal basis reference (law, contract, consent)")))
                .startsWith(
                        "Examination and treatment: The treatment agreement with the patient; Patient Records Act § 6");
    }

    @Test
    void neverContainsInternalNotes() {
        for (Inventory inventory : List.of(CLINIC, PRODUCTS)) {
            for (String language : CsvOptions.LANGUAGES) {
                String file = new String(
                        export(inventory, CsvLayout.PROTOCOL, CsvOptions.plain(language)), StandardCharsets.UTF_8);
                for (Activity activity : inventory.activities()) {
                    if (activity.notes() != null) {
                        for (String note : activity.notes().values().values()) {
                            assertThat(file).as(activity.id()).doesNotContain(note);
                        }
                    }
                }
            }
        }
        assertThat(PRODUCTS.activities()).anyMatch(a -> a.notes() != null && a.status() == ActivityStatus.APPROVED);
    }

    @Test
    void headingsAndLabelsUseTheNorwegianTerms() {
        List<List<String>> rows = protocol(PRODUCTS, "nb");

        assertThat(rows.get(0))
                .containsExactly("Protokoll over behandlingsaktiviteter (personvernforordningen art. 30)");
        assertThat(rows.subList(1, ORGANISATION_LINES))
                .extracting(row -> row.get(0))
                .contains(
                        "Behandlingsansvarlig og databehandler", "Personvernombud", "Representant i EU/EØS (art. 27)");
        assertThat(rows.get(ORGANISATION_LINES + 1))
                .contains(
                        "Formål og behandlingsgrunnlag",
                        "Kategorier av registrerte",
                        "Kategorier av personopplysninger",
                        "Kategorier av mottakere",
                        "Overføring til tredjeland og garantier",
                        "Lagringstid (frister for sletting)",
                        "Tekniske og organisatoriske sikkerhetstiltak",
                        "Berettiget interesse",
                        "Vurdering av personvernkonsekvenser (DPIA)");
        assertThat(rows).anyMatch(row -> row.contains("Behandlingsansvarlige vi behandler på vegne av"));
        assertThat(rows.get(ORGANISATION_LINES + 2).get(2)).contains("— Berettiget interesse (art. 6 nr. 1 bokstav f)");
    }

    @Test
    void hasNoProcessorBlockWhenTheOrganisationOnlyControls() {
        Activity only = new Activity(
                "only",
                Text.of("en", "Payroll"),
                null,
                null,
                Role.CONTROLLER,
                List.of(),
                ActivityStatus.APPROVED,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Inventory inventory = new Inventory(
                List.of("en"), CLINIC.organisation(), null, List.of(), List.of(), List.of(), List.of(), List.of(only));

        List<List<String>> rows = protocol(inventory, "en");

        assertThat(rows.get(1)).containsExactly("Controller", "Fjellvik Helse AS");
        assertThat(rows).hasSize(ORGANISATION_LINES + 3);
        assertThat(rows.get(rows.size() - 1)).startsWith("", "Payroll");
    }

    @Test
    void criminalOffenceDataShowsItsArt10AuthorityAndNeverAnArt9ConditionAndAPurposeOnTwoBasesIsTwoPairs()
            throws Exception {
        Inventory record = io.privacyinventory.exchange.InventoryJsonReader.read(
                java.nio.file.Path.of("src", "test", "resources", "format-v2", "every-v2-field.json"));
        var uses = new java.util.ArrayList<>(record.activities().get(0).purposes());
        // a stray Art. 9(2) condition on the police certificate's purpose: still not shown, there is no Art. 9 data
        uses.set(
                1,
                new io.privacyinventory.model.PurposeUse(
                        uses.get(1).purpose(),
                        uses.get(1).legalBasis(),
                        uses.get(1).legalBasisReference(),
                        null,
                        io.privacyinventory.model.SpecialCategoryCondition.EMPLOYMENT_SOCIAL_SECURITY,
                        uses.get(1).criminalOffenceAuthority()));
        record = io.privacyinventory.model.Inventories.replaced(
                record, "hr", record.activities().get(0).withPurposes(uses));

        for (String language : List.of("en", "nb")) {
            List<List<String>> rows = protocol(record, language);
            int heading = ORGANISATION_LINES + 1;
            Map<String, String> hr = table(rows.get(heading), rows.subList(heading + 1, heading + 2))
                    .get(0);
            boolean en = language.equals("en");

            assertThat(hr.get(
                            en
                                    ? "Art. 10 authority for criminal-offence data"
                                    : "Hjemmel for opplysninger om straffedommer og lovovertredelser (art. 10)"))
                    .isEqualTo(
                            en
                                    ? "HR administration: Personal Data Act section 11"
                                    : "Personaladministrasjon: personopplysningsloven § 11");
            assertThat(hr.get(
                            en
                                    ? "Art. 9 condition for special categories"
                                    : "Vilkår for særlige kategorier av personopplysninger (art. 9)"))
                    .isEmpty();
            assertThat(hr.get(en ? "Purposes and legal basis" : "Formål og behandlingsgrunnlag"))
                    .startsWith(
                            en
                                    ? "HR administration — Contract (Art. 6(1)(b)); HR administration — Legal obligation"
                                    : "Personaladministrasjon — Avtale");
        }
    }
}
