package org.modesign.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.NodeType;

class FindCursorTest {

    private static FindHit hit(String id) {
        return new FindHit(id, id, NodeType.ROLE, "", "", "");
    }

    @Test
    void stepsWrapAroundBothWays() {
        FindCursor cursor = new FindCursor();
        assertTrue(cursor.step(1).isEmpty(), "nothing to go to before a query");
        cursor.show(List.of(hit("a"), hit("b"), hit("c")));
        assertEquals("a", cursor.step(1).orElseThrow().nodeId());
        assertEquals("b", cursor.step(1).orElseThrow().nodeId());
        assertEquals("c", cursor.step(1).orElseThrow().nodeId());
        assertEquals("a", cursor.step(1).orElseThrow().nodeId());
        assertEquals("c", cursor.step(-1).orElseThrow().nodeId());
        cursor.show(List.of(hit("x"), hit("y")));
        assertEquals(-1, cursor.position());
        assertEquals("y", cursor.step(-1).orElseThrow().nodeId(), "Shift+F3 first goes to the last match");
        assertTrue(cursor.goTo(2).isEmpty());
    }
}
