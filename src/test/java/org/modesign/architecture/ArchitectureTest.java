package org.modesign.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.Rule;
import org.modesign.analysis.Validator;

/**
 * The layering rules of design.md and ARCHITECTURE.md: a core that runs headless, a model with no
 * dependencies, packages without cycles, and a user interface that shows what the analysis
 * computed instead of computing it again.
 */
@AnalyzeClasses(packages = "org.modesign", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {
        "org.modesign.model..", "org.modesign.format..", "org.modesign.analysis..", "org.modesign.edit..",
        "org.modesign.layout..", "org.modesign.render..", "org.modesign.starter..", "org.modesign.generator..",
        "org.modesign.plan..", "org.modesign.stack..", "org.modesign.merge..", "org.modesign.cli..",
        "org.modesign.export..", "org.modesign.importer..", "org.modesign.text..", "org.modesign.report..",
        "org.modesign.sharedfile..", "org.modesign.find..", "org.modesign.outline..",
        "org.modesign.describe.."
    };

    @ArchTest
    static final ArchRule coreIsFreeOfJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..", "com.sun.javafx..", "com.sun.glass..", "com.sun.prism..")
            .because("the core (model, file format, analysis, edits, layout, starter designs, generator, command line) runs headless "
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
            .should().dependOnClassesThat().resideInAnyPackage("org.modesign.format..", "org.modesign.starter..", "org.modesign.generator..",
                    "org.modesign.cli..", "com.fasterxml..", "picocli..")
            .because("rules, metrics, edits and layout work on the model alone");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.modesign.(**)").should().beFreeOfCycles()
            .because("a package that is both above and below another cannot be understood, tested or moved alone; "
                    + "shared helpers go down into a package of their own (ui.base, ui.fx, ui.form)");

    /** The validator, the metrics and the rules (classes named ...Rule or ...Rules, not the enum {@link Rule}). */
    private static final DescribedPredicate<JavaClass> RULES_AND_METRICS = JavaClass.Predicates
            .belongToAnyOf(Validator.class, Metrics.class)
            .or(JavaClass.Predicates.resideInAPackage("org.modesign.analysis")
                    .and(JavaClass.Predicates.simpleNameEndingWith("Rules")
                            .or(JavaClass.Predicates.simpleNameEndingWith("Rule")
                                    .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Rule.class))))))
            .as("the validator, its rules or the metrics");

    @ArchTest
    static final ArchRule uiComputesNoRuleOrMetric = noClasses().that().resideInAPackage("org.modesign.ui..")
            .and().resideOutsideOfPackage("org.modesign.ui.analysis..")
            .should().accessClassesThat(RULES_AND_METRICS)
            .because("findings and metrics are computed once, off the JavaFX thread, by the analysis bridge "
                    + "(ui.analysis.LiveAnalysis) or the core's façades (SideBySide, SlotStatuses); a view that "
                    + "computes them again goes out of step with the status bar and the findings panel");
}
