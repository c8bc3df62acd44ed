package org.modesign.starter;

import java.util.Objects;

/**
 * A design to start from: one of the {@link BundledSamples}, known by a stable {@code id} (the
 * sample's file name without {@code .modesign}) under which the editor looks up its name and
 * description.
 *
 * @param id     stable name, e.g. {@code mops-of-one}
 * @param sample the bundled sample's file name, e.g. {@code mops-of-one.modesign}
 */
public record Template(String id, String sample) {

    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sample, "sample");
    }
}
