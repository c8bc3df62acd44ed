package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.render.ChartScene;

class PreparedSceneTest {

    @Test
    void aPreparedSceneIsGivenOnceAndOnlyForItsOwnDesign() {
        Design design = EditorFixture.design();
        Scenario scenario = design.scenarios().get(0);
        PreparedScene.prepare(design, scenario);
        Design equalButAnother = design.withScenario(0, scenario);
        assertNull(PreparedScene.take(equalButAnother, scenario), "not for another design object");
        ChartScene taken = PreparedScene.take(design, scenario);
        assertNotNull(taken);
        assertSame(scenario.nodes().get(0), taken.node(0));
        assertNull(PreparedScene.take(design, scenario), "given out once");
    }
}
