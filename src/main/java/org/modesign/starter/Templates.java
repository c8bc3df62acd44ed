package org.modesign.starter;

import java.util.List;
import java.util.Optional;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;

/**
 * The designs File ▸ New from Template offers: every bundled sample, in the order the README lists
 * them, read through the same strict {@link DesignReader} as any file.
 */
public final class Templates {

    private static final String EXTENSION = ".modesign";

    private static final List<Template> ALL = BundledSamples.ALL.stream()
            .map(sample -> new Template(sample.substring(0, sample.length() - EXTENSION.length()), sample))
            .toList();

    private Templates() {
    }

    /** Every template, in the order the README lists the samples. */
    public static List<Template> all() {
        return ALL;
    }

    /** The template with this id, if there is one. */
    public static Optional<Template> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The design of {@code template}, as its bundled sample holds it.
     *
     * @throws IllegalStateException when the sample does not load (a broken build: the tests read
     *                               every sample)
     */
    public static Design load(Template template) {
        LoadResult result = new DesignReader().parse(BundledSamples.read(template.sample()));
        if (!result.ok()) {
            throw new IllegalStateException("the bundled sample " + template.sample() + " does not load: "
                    + result.problems().get(0));
        }
        return result.design();
    }
}
