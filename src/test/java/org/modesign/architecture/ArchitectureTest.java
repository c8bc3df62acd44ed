package org.modesign.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of design.md: a core that runs headless, a model with no dependencies. */
@AnalyzeClasses(packages = "org.modesign", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
        "org.modesign.model..", "org.modesign.format..", "org.modesign.analysis..", "org.modesign.edit..",
        "org.modesign.layout..", "org.modesign.render..", "org.modesign.io..", "org.modesign.cli..",
        "org.modesign.export..", "org.modesign.importer..", "org.modesign.text.."
    };

    @ArchTest
    static final ArchRule coreIsFreeOfJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..", "com.sun.javafx..", "com.sun.glass..", "com.sun.prism..")
            .because("the core (model, file format, analysis, edits, layout, io, command line) runs headless "
                    + "in CI and in tests, without a display or the JavaFX toolkit");

    @ArchTest
    static final ArchRule modelDependsOnTheJdkOnly = classes().that().resideInAPackage("org.modesign.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.modesign.model..", "java..")
            .because("the model is plain immutable records that every other layer shares");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheUi = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.modesign.ui..", "org.modesign.app..")
            .because("data flows one way: the UI uses the core, never the reverse");

    @ArchTest
    static final ArchRule analysisAndEditsNeedNoFiles = noClasses().that()
            .resideInAnyPackage("org.modesign.analysis..", "org.modesign.edit..", "org.modesign.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("org.modesign.format..", "org.modesign.io..",
                    "org.modesign.cli..", "com.fasterxml..", "picocli..")
            .because("rules, metrics, edits and layout work on the model alone");
}
