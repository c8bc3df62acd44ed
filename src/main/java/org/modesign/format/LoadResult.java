package org.modesign.format;

import java.util.List;
import org.modesign.model.Design;
import org.modesign.model.Problem;

/**
 * The result of loading a design file: either the design, or every problem found in the file
 * (never both, never neither).
 */
public record LoadResult(Design design, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if ((design == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load result holds either a design or problems");
        }
    }

    /** Whether the file was loaded, i.e. there is a design and no problem. */
    public boolean ok() {
        return problems.isEmpty();
    }

    public static LoadResult loaded(Design d) {
        return new LoadResult(d, List.of());
    }

    public static LoadResult rejected(List<Problem> problems) {
        return new LoadResult(null, problems);
    }

    static LoadResult rejected(String path, String message) {
        return rejected(List.of(new Problem(path, message)));
    }
}
