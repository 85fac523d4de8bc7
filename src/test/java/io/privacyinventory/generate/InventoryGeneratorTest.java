package io.privacyinventory.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.privacyinventory.exchange.InventoryJsonReader;
import io.privacyinventory.exchange.InventoryJsonWriter;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.InventoryValidator;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import io.privacyinventory.model.findings.Finding;
import io.privacyinventory.model.findings.InventoryChecker;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InventoryGeneratorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void theSameSeedGivesTheSameDocumentByteForByte() {
        byte[] first = InventoryJsonWriter.toBytes(InventoryGenerator.generate(300, 7));
        byte[] second = InventoryJsonWriter.toBytes(InventoryGenerator.generate(300, 7));
        byte[] otherSeed = InventoryJsonWriter.toBytes(InventoryGenerator.generate(300, 8));

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 5", "50, 3", "600, 11", "2000, 1"})
    void generatedInventoriesAreWellFormedAndCheckFindsNoErrors(int activities, long seed) throws Exception {
        Inventory inventory = InventoryGenerator.generate(activities, seed);

        assertThat(inventory.activities()).hasSize(activities);
        assertThat(InventoryValidator.validate(inventory)).isEmpty();
        List<Finding> errors = InventoryChecker.check(inventory, TODAY, Locale.ENGLISH).stream()
                .filter(Finding::isError)
                .toList();
        assertThat(errors).isEmpty();
        // and the document reads back strictly, as import would read it
        Inventory read =
                InventoryJsonReader.read(new ByteArrayInputStream(InventoryJsonWriter.toBytes(inventory)), "g");
        assertThat(read).isEqualTo(inventory);
    }

    @Test
    void catalogueItemsNumberInTheHundredsAtTenThousandActivities() {
        assertThat(InventoryGenerator.catalogueSize(Vocabulary.CATEGORIES.size(), 6, 30, 10_000))
                .isBetween(400, 1000);
        assertThat(InventoryGenerator.catalogueSize(Vocabulary.PURPOSES.size(), 5, 20, 10_000))
                .isBetween(300, 1000);
        assertThat(InventoryGenerator.catalogueSize(Vocabulary.RECIPIENTS.size(), 4, 20, 10_000))
                .isBetween(300, 1000);

        Inventory inventory = InventoryGenerator.generate(2000, 1);
        assertThat(inventory.dataCategories()).hasSizeGreaterThan(250);
        assertThat(inventory.purposes()).hasSizeGreaterThan(200);
        assertThat(inventory.recipients()).hasSizeGreaterThan(200);
        assertThat(inventory.dataSubjects()).hasSizeGreaterThan(50);
    }

    @Test
    void activitiesLookLikeARealRecord() {
        Inventory inventory = InventoryGenerator.generate(2000, 3);
        List<Activity> activities = inventory.activities();

        assertThat(activities)
                .extracting(Activity::role)
                .contains(Role.CONTROLLER, Role.JOINT_CONTROLLER, Role.PROCESSOR);
        assertThat(activities.stream()
                        .mapToInt(activity -> activity.dataCategories().size())
                        .average()
                        .orElse(0))
                .isGreaterThan(2.5);
        assertThat(activities.stream()
                        .flatMap(activity -> activity.purposes().stream())
                        .map(PurposeUse::legalBasis)
                        .filter(Objects::nonNull)
                        .distinct())
                .hasSize(LegalBasis.values().length);
        assertThat(activities.stream()
                        .flatMap(activity -> activity.purposes().stream())
                        .filter(use -> use.legalBasis() == LegalBasis.LEGITIMATE_INTERESTS))
                .allSatisfy(use -> assertThat(use.legitimateInterest()).isNotNull());
        assertThat(activities.stream()
                        .flatMap(activity -> activity.purposes().stream())
                        .filter(use -> use.specialCategoryCondition() != null))
                .isNotEmpty();
        assertThat(activities.stream()
                        .flatMap(activity -> activity.transfers().stream())
                        .map(Transfer::safeguard))
                .contains(
                        Safeguard.STANDARD_CONTRACTUAL_CLAUSES,
                        Safeguard.BINDING_CORPORATE_RULES,
                        Safeguard.ADEQUACY_DECISION);
        assertThat(activities)
                .allSatisfy(activity -> assertThat(activity.retention()).isNotEmpty());
        assertThat(InventoryChecker.check(inventory, TODAY, Locale.ENGLISH))
                .noneMatch(finding -> finding.code().equals("retention-missing")
                        || finding.code().equals("translation-missing")
                        || finding.code().equals("tracking-without-opt-out"));
    }

    @Test
    void everyTextIsInBokmaalAndEnglish() {
        Inventory inventory = InventoryGenerator.generate(500, 2);
        List<Text> texts = new ArrayList<>();
        inventory.dataSubjects().forEach(item -> texts.addAll(List.of(item.name(), item.description())));
        inventory.dataCategories().forEach(item -> texts.addAll(List.of(item.name(), item.description())));
        inventory.purposes().forEach(item -> texts.add(item.name()));
        inventory.recipients().forEach(item -> texts.addAll(List.of(item.name(), item.description())));
        for (Activity activity : inventory.activities()) {
            texts.addAll(Stream.of(
                            activity.name(),
                            activity.description(),
                            activity.securityMeasures(),
                            activity.statutoryRequirement(),
                            activity.notes())
                    .filter(Objects::nonNull)
                    .toList());
            activity.purposes()
                    .forEach(use -> Stream.of(use.legalBasisReference(), use.legitimateInterest())
                            .filter(Objects::nonNull)
                            .forEach(texts::add));
            activity.transfers().stream()
                    .map(Transfer::description)
                    .filter(Objects::nonNull)
                    .forEach(texts::add);
            for (RetentionRule rule : activity.retention()) {
                Stream.of(rule.trigger(), rule.description())
                        .filter(Objects::nonNull)
                        .forEach(texts::add);
            }
        }

        assertThat(texts).isNotEmpty().allSatisfy(text -> {
            assertThat(text.languages()).isEqualTo(Set.of("nb", "en"));
            assertThat(text.values().values()).noneMatch(String::isBlank);
        });
    }

    @Test
    void atLeastOneActivityIsNeeded() {
        assertThatThrownBy(() -> InventoryGenerator.generate(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
