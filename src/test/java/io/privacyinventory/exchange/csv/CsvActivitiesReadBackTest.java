package io.privacyinventory.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.privacyinventory.RandomInventory;
import io.privacyinventory.TestInventories;
import io.privacyinventory.exchange.InventoryFormatException;
import io.privacyinventory.model.Activity;
import io.privacyinventory.model.ActivityStatus;
import io.privacyinventory.model.AutomatedDecisions;
import io.privacyinventory.model.Coded;
import io.privacyinventory.model.Contact;
import io.privacyinventory.model.Dpia;
import io.privacyinventory.model.DpiaCriterion;
import io.privacyinventory.model.DpiaStatus;
import io.privacyinventory.model.Inventory;
import io.privacyinventory.model.LegalBasis;
import io.privacyinventory.model.PurposeUse;
import io.privacyinventory.model.RetentionRule;
import io.privacyinventory.model.Role;
import io.privacyinventory.model.Safeguard;
import io.privacyinventory.model.SpecialCategoryCondition;
import io.privacyinventory.model.Terms;
import io.privacyinventory.model.Text;
import io.privacyinventory.model.Transfer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The activities layout is designed for a later CSV import: reading a file back gives every field
 * of every activity, in the file's language.
 */
class CsvActivitiesReadBackTest {

    @Provide
    Arbitrary<Inventory> inventories() {
        return Arbitraries.randomValue(RandomInventory::generate);
    }

    @Provide
    Arbitrary<CsvOptions> options() {
        return Arbitraries.of(CsvOptions.LANGUAGES)
                .flatMap(language -> Arbitraries.of(CsvDelimiter.class)
                        .flatMap(delimiter ->
                                Arbitraries.of(true, false).map(mark -> new CsvOptions(language, delimiter, mark))));
    }

    @Property(tries = 300)
    void readingTheActivitiesLayoutBackGivesEveryFieldOfEveryActivity(
            @ForAll("inventories") Inventory inventory, @ForAll("options") CsvOptions options) {
        byte[] file = CsvTestFiles.export(inventory, CsvLayout.ACTIVITIES, options);

        List<Activity> read = readBack(file);

        assertThat(read)
                .isEqualTo(inventory.activities().stream()
                        .map(activity -> asWritten(activity, inventory, options.language()))
                        .toList());
    }

    @Test
    void bothSamplesReadBackInEachLanguage() {
        for (Path sample : TestInventories.SAMPLES) {
            Inventory inventory = TestInventories.read(sample);
            for (String language : CsvOptions.LANGUAGES) {
                byte[] file = CsvTestFiles.export(inventory, CsvLayout.ACTIVITIES, CsvOptions.excelNorway(language));
                assertThat(readBack(file))
                        .as(sample + " " + language)
                        .isEqualTo(inventory.activities().stream()
                                .map(activity -> asWritten(activity, inventory, language))
                                .toList());
            }
        }
    }

    /** Into a new inventory, so every text comes back in the file's language only. */
    private static List<Activity> readBack(byte[] file) {
        try {
            return CsvActivitiesReader.read(file, "activities.csv", null)
                    .inventory()
                    .activities();
        } catch (InventoryFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void everyFixedNameIsUniqueInItsListSoItCanBeReadBack() {
        for (String language : CsvOptions.LANGUAGES) {
            Terms terms = Terms.forLanguage(language);
            for (Class<? extends Coded> type : List.of(
                    Role.class,
                    ActivityStatus.class,
                    LegalBasis.class,
                    SpecialCategoryCondition.class,
                    Safeguard.class,
                    DpiaStatus.class,
                    DpiaCriterion.class)) {
                assertThat(Stream.of(type.getEnumConstants())
                                .map(terms::label)
                                .distinct()
                                .count())
                        .as(language + " " + type.getSimpleName())
                        .isEqualTo(type.getEnumConstants().length);
            }
        }
    }

    /**
     * An activity as a file in one language holds it: every text in that language (else the default
     * language), an empty string the same as no string. What a file cannot hold: controllers that
     * are all entirely empty, an activity's only retention rule when it names an empty list
     * of categories and says nothing else.
     */
    private static Activity asWritten(Activity activity, Inventory inventory, String language) {
        TextIn in = new TextIn(language, inventory.defaultLanguage());
        List<Contact> controllers = activity.controllers().stream()
                .map(c -> new Contact(blank(c.name()), blank(c.email()), blank(c.phone()), blank(c.address())))
                .toList();
        if (controllers.stream()
                .allMatch(c ->
                        Stream.of(c.name(), c.email(), c.phone(), c.address()).allMatch(Objects::isNull))) {
            controllers = List.of();
        }
        List<RetentionRule> retention = activity.retention().stream()
                .map(rule -> new RetentionRule(
                        rule.dataCategories(), rule.period(), in.text(rule.trigger()), in.text(rule.description())))
                .toList();
        if (retention.size() == 1
                && List.of().equals(retention.get(0).dataCategories())
                && retention.get(0).period() == null
                && retention.get(0).trigger() == null
                && retention.get(0).description() == null) {
            retention = List.of();
        }
        return new Activity(
                activity.id(),
                Text.of(language, activity.name().resolve(language, inventory.defaultLanguage())),
                in.text(activity.description()),
                blank(activity.owner()),
                activity.role(),
                controllers,
                activity.status(),
                activity.dataSubjects(),
                activity.dataCategories(),
                activity.recipients(),
                activity.purposes().stream()
                        .map(use -> new PurposeUse(
                                use.purpose(),
                                use.legalBasis(),
                                in.text(use.legalBasisReference()),
                                in.text(use.legitimateInterest()),
                                use.specialCategoryCondition(),
                                in.text(use.criminalOffenceAuthority())))
                        .toList(),
                activity.transfers().stream()
                        .map(transfer -> new Transfer(
                                transfer.country(),
                                transfer.recipient(),
                                transfer.safeguard(),
                                in.text(transfer.description())))
                        .toList(),
                retention,
                in.text(activity.securityMeasures()),
                in.text(activity.statutoryRequirement()),
                activity.automatedDecisions() == null
                        ? null
                        : new AutomatedDecisions(
                                activity.automatedDecisions().used(),
                                in.text(activity.automatedDecisions().logic())),
                activity.dpia() == null
                        ? null
                        : new Dpia(
                                activity.dpia().status(), blank(activity.dpia().reference())),
                activity.reviewedOn(),
                activity.reviewDue(),
                in.text(activity.notes()),
                activity.dpiaScreening());
    }

    private record TextIn(String language, String fallback) {
        Text text(Text text) {
            String value = text == null ? "" : text.resolve(language, fallback);
            return value.isEmpty() ? null : Text.of(language, value);
        }
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
