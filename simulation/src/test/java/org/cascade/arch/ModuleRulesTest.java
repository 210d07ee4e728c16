package org.cascade.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
}
