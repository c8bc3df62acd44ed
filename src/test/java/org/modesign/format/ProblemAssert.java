package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.modesign.model.Problem;

/** Assertions on the problems a rejected file gives. */
final class ProblemAssert {

    private ProblemAssert() {
    }

    /**
     * Asserts that {@code result} is rejected with exactly these problems, in this order, given as
     * pairs of exact path and a fragment the message must contain.
     */
    static void assertProblems(LoadResult result, String... pathsAndFragments) {
        assertFalse(result.ok(), "expected the file to be rejected");
        assertNull(result.design());
        List<Problem> problems = result.problems();
        String all = problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        assertEquals(pathsAndFragments.length / 2, problems.size(), "problems:" + all);
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            assertEquals(pathsAndFragments[2 * i], p.path(), "path of problem " + i + ":" + all);
            assertTrue(p.message().contains(pathsAndFragments[2 * i + 1]),
                    "problem " + i + " should contain «" + pathsAndFragments[2 * i + 1] + "»:" + all);
            assertFalse(p.message().contains("\n"), "one line: " + p.message());
        }
    }

    /** Asserts that {@code result} is rejected with one problem whose text is exactly {@code text}. */
    static void assertOnlyProblem(LoadResult result, String text) {
        assertFalse(result.ok(), "expected the file to be rejected");
        assertEquals(List.of(text), result.problems().stream().map(Problem::toString).collect(Collectors.toList()));
    }
}
