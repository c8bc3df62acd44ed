package org.modesign.edit;

import java.util.Random;
import org.modesign.model.Design;

/**
 * Random sound designs and random variants of them made by the editor's own edits, for property
 * tests in other packages (the merge's): {@link V2Designs} and sequences of {@link RandomEdit}
 * and {@link RandomV2Edit}, refused edits skipped.
 */
public final class RandomVariants {

    private static final double[] VALUES = {0.5, 1.0, 2.0, 3.0, 120.0, 150_000.0, -1.0};

    private RandomVariants() {
    }

    /** A random version 2 design, one per seed. */
    public static Design design(long seed) {
        return V2Designs.generate(seed);
    }

    /** {@code start} after up to {@code edits} random edits drawn from {@code seed}. */
    public static Design edited(Design start, long seed, int edits) {
        Random random = new Random(seed);
        Design design = start;
        for (int i = 0; i < edits; i++) {
            double value = VALUES[random.nextInt(VALUES.length)];
            EditCommand command;
            try {
                command = random.nextBoolean()
                        ? new RandomEdit(random.nextInt(RandomEdit.KINDS), random.nextInt(50), random.nextInt(50),
                                random.nextInt(50), value, -1).command(design)
                        : new RandomV2Edit(random.nextInt(RandomV2Edit.KINDS), random.nextInt(50), random.nextInt(50),
                                random.nextInt(50), value).command(design);
                design = command.apply(design);
            } catch (EditRejected refused) {
                // a refused edit changes nothing
            }
        }
        return design;
    }
}
