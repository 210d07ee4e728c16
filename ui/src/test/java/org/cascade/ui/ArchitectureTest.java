package org.cascade.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** The simulation never depends on the UI; the UI's feature packages form no cycles. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.cascade");

    @Test
    void theRulesSeeBothModules() {
        // an import that found nothing would make every rule below pass vacuously
        assertThat(classes.contain("org.cascade.ui.explore.ExploreView")).isTrue();
        assertThat(classes.contain("org.cascade.model.CascadeModel")).isTrue();
    }

    @Test
    void simulationDoesNotDependOnTheUi() {
        noClasses().that().resideOutsideOfPackage("org.cascade.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.cascade.ui..")
            .check(classes);
    }

    @Test
    void noCyclesBetweenUiFeaturePackages() {
        SlicesRuleDefinition.slices().matching("org.cascade.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void chartsMapAndRunKnowNothingOfTheViews() {
        noClasses().that().resideInAnyPackage("org.cascade.ui.charts..", "org.cascade.ui.map..", "org.cascade.ui.run..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cascade.ui.explore..", "org.cascade.ui.model..")
            .check(classes);
    }
}
