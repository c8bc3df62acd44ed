package org.modesign.format;

import static org.modesign.format.ProblemAssert.assertOnlyProblem;
import static org.modesign.format.ProblemAssert.assertProblems;
import static org.modesign.format.Samples.exampleWith;
import static org.modesign.format.Samples.utf8;

import org.junit.jupiter.api.Test;

/** A file that is not a modesign file of a known version is rejected for that reason alone. */
class ReaderHeaderTest {

    private final DesignReader reader = new DesignReader();

    private LoadResult parse(String text) {
        return reader.parse(utf8(text));
    }

    @Test
    void wrongFormat() {
        assertOnlyProblem(parse(exampleWith("\"format\": \"modesign\"", "\"format\": \"drawio\"")),
                "format: this is not a MOdesign file: \"format\" is \"drawio\", not \"modesign\"");
    }

    @Test
    void missingFormat() {
        assertOnlyProblem(parse(exampleWith("\"format\": \"modesign\",", "")),
                "format: this is not a MOdesign file: the key \"format\" is missing");
    }

    @Test
    void formatOfTheWrongType() {
        assertOnlyProblem(parse(exampleWith("\"format\": \"modesign\"", "\"format\": 1")),
                "format: this is not a MOdesign file: \"format\" must be \"modesign\", not a number");
    }

    @Test
    void someOtherJsonObjectIsNotADesign() {
        assertOnlyProblem(parse("{\"name\": \"my-package\", \"dependencies\": {}}"),
                "format: this is not a MOdesign file: the key \"format\" is missing");
    }

    @Test
    void unknownVersionNamesTheKnownOnes() {
        assertOnlyProblem(parse(exampleWith("\"version\": 1", "\"version\": 3")),
                "version: version 3 is not known to this program; it reads versions 1 and 2");
        assertOnlyProblem(parse(exampleWith("\"version\": 1", "\"version\": 1.5")),
                "version: version 1.5 is not known to this program; it reads versions 1 and 2");
    }

    @Test
    void versionOfTheWrongTypeOrMissing() {
        assertOnlyProblem(parse(exampleWith("\"version\": 1", "\"version\": \"1\"")),
                "version: expected a number, found a string; it reads versions 1 and 2");
        assertOnlyProblem(parse(exampleWith("\"version\": 1,", "")),
                "version: the required key \"version\" is missing; it reads versions 1 and 2");
    }

    @Test
    void headerProblemsHideTheRest() {
        String text = exampleWith("\"version\": 1", "\"version\": 7");
        text = Samples.replaceOnce(text, "\"fte\": 1", "\"fte\": \"one\"");
        assertProblems(parse(text), "version", "version 7 is not known");
    }

    @Test
    void keyOrderDoesNotMatterForReading() {
        String text = exampleWith("\"format\": \"modesign\",\n  \"version\": 1,\n", "");
        text = Samples.replaceOnce(text, "  \"scenarios\": [", "  \"version\": 1, \"format\": \"modesign\",\n  \"scenarios\": [");
        org.junit.jupiter.api.Assertions.assertEquals(Samples.exampleDesign(), parse(text).design());
    }
}
