package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The names Save As suggests and completes. */
class FileNamesTest {

    @Test
    void theExtensionIsAddedOnlyWhenMissing() {
        assertEquals(Path.of("a", "plan.modesign"), DesignSaver.withExtension(Path.of("a", "plan")));
        assertEquals(Path.of("a", "plan.json.modesign"), DesignSaver.withExtension(Path.of("a", "plan.json")));
        assertEquals(Path.of("a", "PLAN.MODESIGN"), DesignSaver.withExtension(Path.of("a", "PLAN.MODESIGN")));
    }

    @Test
    void theSuggestedNameComesFromTheTitle() {
        assertEquals("Acme- central vs local.modesign", DesignSaver.suggestedName("Acme: central vs local"));
        assertEquals("a-b-c.modesign", DesignSaver.suggestedName("a/b\\c"));
        assertEquals("design.modesign", DesignSaver.suggestedName("  "));
        assertEquals("design.modesign", DesignSaver.suggestedName(".."));
        assertEquals("x".repeat(100) + ".modesign", DesignSaver.suggestedName("x".repeat(300)));
    }

    @Test
    void reasonsBecomeSentences() {
        assertEquals("Could not save \"/x\": it is a folder.",
                Sentences.sentence("could not save \"/x\": it is a folder"));
        assertEquals("Done!", Sentences.sentence("done!"));
        assertEquals("IOException", Sentences.reason(new IOException()));
    }
}
