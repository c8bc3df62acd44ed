package org.modesign.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class RenderArchitectureTest {

    private static final JavaClasses RENDER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.modesign.render");

    @Test
    void renderUsesTheJdkAndTheModelOnly() {
        classes().that().resideInAPackage("org.modesign.render")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.modesign.model..", "org.modesign.render..")
                .because("the editor and headless exports share this drawing code, so it may not need JavaFX, AWT or Swing")
                .check(RENDER);
    }

    @Test
    void renderNeedsNoWindowingToolkit() {
        noClasses().that().resideInAPackage("org.modesign.render")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "org.controlsfx..")
                .because("PNG, SVG and PDF exports paint headless through the same painter")
                .check(RENDER);
    }
}
