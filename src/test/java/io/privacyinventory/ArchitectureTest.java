package io.privacyinventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.privacyinventory.store.ChangeLogEntry;

/** The layering: ui and cli on top of store and exchange, everything on the model, the model on nothing. */
@AnalyzeClasses(packages = "io.privacyinventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelUsesNothingButTheJavaLibrary = classes()
            .that()
            .resideInAPackage("io.privacyinventory.model..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.privacyinventory.model..", "java..");

    @ArchTest
    static final ArchRule sqlOnlyInTheStore = noClasses()
            .that()
            .resideOutsideOfPackage("io.privacyinventory.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.sqlite..", "org.postgresql..");

    @ArchTest
    static final ArchRule javafxOnlyInTheUserInterface = noClasses()
            .that()
            .resideOutsideOfPackage("io.privacyinventory.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule exchangeKnowsNoStoreOrFrontEnd = noClasses()
            .that()
            .resideInAPackage("io.privacyinventory.exchange..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.privacyinventory.store..", "io.privacyinventory.cli..", "io.privacyinventory.ui..");

    @ArchTest
    static final ArchRule storeKnowsNoFrontEnd = noClasses()
            .that()
            .resideInAPackage("io.privacyinventory.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.privacyinventory.cli..", "io.privacyinventory.ui..");

    @ArchTest
    static final ArchRule frontEndsAreIndependent = noClasses()
            .that()
            .resideInAPackage("io.privacyinventory.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.privacyinventory.ui..");

    /**
     * The user interface reaches the file only through its document layer ({@code ui.document}),
     * which runs every read and write on the document's worker; views see the change log's rows
     * (plain values) and nothing else of the store.
     */
    @ArchTest
    static final ArchRule onlyTheDocumentTalksToTheStore = noClasses()
            .that()
            .resideInAPackage("io.privacyinventory.ui..")
            .and()
            .resideOutsideOfPackage("io.privacyinventory.ui.document..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.privacyinventory.store..")
                    .and(DescribedPredicate.not(HasName.Predicates.nameStartingWith(ChangeLogEntry.class.getName()))));

    @ArchTest
    static final ArchRule noCyclesBetweenLayers =
            slices().matching("io.privacyinventory.(*)..").should().beFreeOfCycles();
}
