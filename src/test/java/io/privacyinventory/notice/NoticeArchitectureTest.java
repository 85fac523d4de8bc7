package io.privacyinventory.notice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The notice is composed from the model alone: no store, no command line, no user interface. Its
 * libraries: the OWASP encoder for HTML, java-diff-utils for comparing versions of a notice.
 */
@AnalyzeClasses(packages = "io.privacyinventory.notice", importOptions = ImportOption.DoNotIncludeTests.class)
class NoticeArchitectureTest {
    @ArchTest
    static final ArchRule noticeDependsOnlyOnModelAndExchange = classes()
            .that()
            .resideInAPackage("io.privacyinventory.notice..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.privacyinventory.notice..",
                    "io.privacyinventory.model..",
                    "io.privacyinventory.exchange..",
                    "org.owasp.encoder..",
                    "com.github.difflib..",
                    "java..");
}
