package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;

class ArchetypeGlyphTest {

    @Test
    void everyArchetypeHasItsOwnPictureInTheGivenColour() {
        Set<List<String>> pictures = new HashSet<>();
        Rgb colour = Rgb.of(0x123456);
        for (Archetype archetype : Archetype.values()) {
            RecordingSurface surface = new RecordingSurface();
            ArchetypeGlyph.paint(surface, archetype, 50, 50, 16, colour);
            List<RecordingSurface.Call> drawn = surface.calls().stream()
                    .filter(c -> !c.op().equals("scale") && !c.op().equals("translate")).toList();
            assertTrue(!drawn.isEmpty(), archetype.code());
            assertTrue(drawn.stream().allMatch(c -> colour.equals(c.colour())), archetype.code());
            assertTrue(surface.balanced());
            pictures.add(drawn.stream().map(c -> c.op() + c.args().length).toList());
        }
        assertEquals(Archetype.values().length, pictures.size());
    }
}
