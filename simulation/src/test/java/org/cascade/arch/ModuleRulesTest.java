package org.cascade.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The simulation is a plain library: MASON and a few small dependencies, no Spring, no Vaadin, no AWT. */
class ModuleRulesTest {
    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.cascade");

    @Test
    void theRulesSeeTheWholeModule() {
        // an import that found nothing would make every rule below pass vacuously
        assertThat(classes.contain("org.cascade.model.CascadeModel")).isTrue();
        assertThat(classes.contain("org.cascade.cli.CascadeCli")).isTrue();
        assertThat(classes.size()).isGreaterThan(50);
    }

    @Test
    void simulationUsesNoWebFrameworkAndNoAwt() {
        noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.vaadin..", "java.awt..", "javax.swing..", "org.jfree..")
            .check(classes);
    }

    @Test
    void simulationNeverDependsOnTheUi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.cascade.ui..").check(classes);
    }

    @Test
    void theModelKnowsNothingOfTheCommandLine() {
        noClasses().that().resideInAnyPackage("org.cascade.model..", "org.cascade.params..", "org.cascade.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cascade.cli..", "picocli..")
            .check(classes);
    }

    @Test
    void noMasonChartingOrDisplayClasses() {
        noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("sim.display..", "sim.util.media..", "sim.util.gui..", "sim.portrayal..")
            .check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.cascade.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Each package imports only from below it: the region's vocabulary at the bottom, then parameters, base-year
     * data, scenarios, run results, the model, the runners, and on top calibration, experiments, documentation and the CLI.
     */
    @Test
    void packagesImportOnlyFromBelow() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("region").definedBy("org.cascade.region..")
            .layer("params").definedBy("org.cascade.params..")
            .layer("data").definedBy("org.cascade.data..")
            .layer("scenario").definedBy("org.cascade.scenario..")
            .layer("results").definedBy("org.cascade.results..")
            .layer("model").definedBy("org.cascade.model..")
            .layer("run").definedBy("org.cascade.run..")
            .layer("calibration").definedBy("org.cascade.calibration..")
            .layer("experiment").definedBy("org.cascade.experiment..")
            .layer("doc").definedBy("org.cascade.doc..")
            .layer("cli").definedBy("org.cascade.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("doc").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("experiment").mayOnlyBeAccessedByLayers("doc", "cli")
            .whereLayer("calibration").mayOnlyBeAccessedByLayers("experiment", "doc", "cli")
            .whereLayer("run").mayOnlyBeAccessedByLayers("calibration", "experiment", "doc", "cli")
            .whereLayer("model").mayOnlyBeAccessedByLayers("run", "calibration", "experiment", "doc", "cli")
            .whereLayer("results").mayOnlyBeAccessedByLayers("model", "run", "calibration", "experiment", "doc", "cli")
            .whereLayer("scenario").mayOnlyBeAccessedByLayers("results", "model", "run", "calibration", "experiment", "doc",
                "cli")
            .whereLayer("data").mayOnlyBeAccessedByLayers("scenario", "results", "model", "run", "calibration", "experiment",
                "doc", "cli")
            .whereLayer("params").mayOnlyBeAccessedByLayers("data", "scenario", "results", "model", "run", "calibration",
                "experiment", "doc", "cli")
            .check(classes);
    }
}
