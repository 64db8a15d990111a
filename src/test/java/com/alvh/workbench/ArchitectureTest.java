package com.alvh.workbench;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Holds the layer rules of {@code docs/architecture.md}. Change the design by changing that document
 * and this test together, deliberately.
 */
class ArchitectureTest {

    private static final String ROOT = "com.alvh.workbench";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    private static String pkg(String name) {
        return ROOT + "." + name + "..";
    }

    @Test
    void onlyUiImportsJavaFx() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(pkg("ui"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void onlyScenarioCliAndReportImportJackson() {
        ArchRule rule = noClasses().that()
                .resideOutsideOfPackages(pkg("scenario"), pkg("cli"), pkg("report"))
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void nothingBelowChartImportsJFreeChart() {
        ArchRule rule = noClasses().that()
                .resideOutsideOfPackages(pkg("chart"), pkg("report"), pkg("ui"), pkg("cli"))
                .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void coreNeverImportsUpperLayers() {
        ArchRule rule = noClasses().that()
                .resideInAnyPackage(pkg("pricing"), pkg("product"), pkg("market"), pkg("math"))
                .should().dependOnClassesThat()
                .resideInAnyPackage(pkg("sim"), pkg("hedge"), pkg("defi"), pkg("ui"), pkg("cli"),
                        pkg("scenario"), pkg("chart"), pkg("report"), pkg("risk"), pkg("analytics"))
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void mathSitsAtTheBottom() {
        noClasses().that().resideInAnyPackage(pkg("math"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        pkg("market"), pkg("pricing"), pkg("product"), pkg("analytics"), pkg("risk"),
                        pkg("sim"), pkg("hedge"), pkg("defi"), pkg("scenario"), pkg("chart"),
                        pkg("report"), pkg("ui"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    /** File writing and reading without domain knowledge: every layer that touches files may use it. */
    @Test
    void ioSitsAtTheBottom() {
        noClasses().that().resideInAnyPackage(pkg("io"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        pkg("math"), pkg("market"), pkg("pricing"), pkg("product"), pkg("analytics"), pkg("risk"),
                        pkg("sim"), pkg("hedge"), pkg("defi"), pkg("scenario"), pkg("chart"),
                        pkg("report"), pkg("ui"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void marketSeesOnlyMath() {
        noClasses().that().resideInAnyPackage(pkg("market"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        pkg("pricing"), pkg("product"), pkg("analytics"), pkg("risk"),
                        pkg("sim"), pkg("hedge"), pkg("defi"), pkg("scenario"), pkg("chart"),
                        pkg("report"), pkg("ui"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void analyticsAndRiskDoNotSeeSimulationOrAbove() {
        noClasses().that().resideInAnyPackage(pkg("analytics"), pkg("risk"))
                .should().dependOnClassesThat()
                .resideInAnyPackage(pkg("sim"), pkg("hedge"), pkg("defi"), pkg("scenario"),
                        pkg("chart"), pkg("report"), pkg("ui"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modelLayerDoesNotSeeFilesChartsOrFaces() {
        noClasses().that().resideInAnyPackage(pkg("sim"), pkg("hedge"), pkg("defi"))
                .should().dependOnClassesThat()
                .resideInAnyPackage(pkg("scenario"), pkg("chart"), pkg("report"), pkg("ui"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void scenarioDoesNotSeeChartsReportsOrFaces() {
        noClasses().that().resideInAnyPackage(pkg("scenario"))
                .should().dependOnClassesThat()
                .resideInAnyPackage(pkg("chart"), pkg("report"), pkg("ui"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void chartAndReportDoNotSeeTheFaces() {
        noClasses().that().resideInAnyPackage(pkg("chart"), pkg("report"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("ui"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The workbench's tabs, one package each (docs/workbench.md); a new tab adds its package here. */
    private static final String[] UI_TABS = {"scenario", "explore", "playback", "results", "defi", "sweep"};

    @Test
    void workbenchTabsDoNotSeeEachOtherNorTheWindow() {
        for (String tab : UI_TABS) {
            java.util.List<String> forbidden = new java.util.ArrayList<>();
            forbidden.add(ROOT + ".ui"); // the window and session package itself (not its sub-packages)
            for (String other : UI_TABS) {
                if (!other.equals(tab)) {
                    forbidden.add(pkg("ui." + other));
                }
            }
            noClasses().that().resideInAnyPackage(pkg("ui." + tab))
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(new String[0]))
                    .allowEmptyShould(true)
                    .check(classes);
        }
        java.util.List<String> tabs = new java.util.ArrayList<>();
        tabs.add(ROOT + ".ui");
        for (String tab : UI_TABS) {
            tabs.add(pkg("ui." + tab));
        }
        noClasses().that().resideInAnyPackage(pkg("ui.common"))
                .should().dependOnClassesThat().resideInAnyPackage(tabs.toArray(new String[0]))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlySweepSparkImportsSpark() {
        // Spark is a provided dependency: absent from the packaged app, so nothing else may need it.
        noClasses().that().resideOutsideOfPackage(pkg("sweep.spark"))
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void sweepsSitAboveScenariosAndBelowReportsAndFaces() {
        noClasses().that().resideInAnyPackage(pkg("scenario"), pkg("sim"), pkg("hedge"), pkg("defi"), pkg("risk"),
                        pkg("analytics"), pkg("pricing"), pkg("product"), pkg("market"), pkg("math"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("sweep"))
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAnyPackage(pkg("sweep"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("chart"), pkg("report"), pkg("ui"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
