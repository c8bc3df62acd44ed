package org.modesign.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/** Designs for the report's tests: the bundled samples, and one of them written in Chinese. */
final class ReportFixtures {

    static final List<String> SAMPLES = List.of("boundaryless-roadmap", "central-vs-local-expression",
            "mo-in-it-six-months", "mops-cmo-best-friend", "mops-from-chaos", "mops-of-one",
            "mops-supporting-marketing");

    private ReportFixtures() {
    }

    static Design sample(String name) {
        LoadResult result = new DesignReader().read(Path.of("samples", name + ".modesign"));
        if (!result.ok()) {
            throw new UncheckedIOException(new IOException(name + ": " + result.problems()));
        }
        return result.design();
    }

    /** The two-scenario sample with its own text in Simplified Chinese (or Traditional when {@code traditional}). */
    static Design chinese(boolean traditional) {
        Design design = sample("central-vs-local-expression");
        String ops = traditional ? "營銷運營" : "营销运营";
        String team = traditional ? "團隊" : "团队";
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < design.phases().size(); i++) {
            phases.add(design.phases().get(i).withName((traditional ? "第" + (i + 1) + "階段" : "第" + (i + 1) + "阶段")));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario scenario : design.scenarios()) {
            List<Node> nodes = new ArrayList<>();
            int n = 0;
            for (Node node : scenario.nodes()) {
                n++;
                if (node instanceof Role role) {
                    nodes.add(role.withTitle(ops + (traditional ? "專員 " : "专员 ") + n));
                } else if (node instanceof Team t) {
                    nodes.add(t.withName(ops + team + " " + n));
                } else if (node instanceof Executive e) {
                    nodes.add(e.withTitle(traditional ? "首席營銷官" : "首席营销官"));
                } else {
                    nodes.add(node);
                }
            }
            scenarios.add(scenario.withNodes(nodes));
        }
        return design.withTitle(traditional ? "全球營銷運營轉型" : "全球营销运营转型").withPhases(phases)
                .withScenarios(scenarios)
                .withCharter(design.charter().withMission(traditional ? "讓每一筆營銷投入都可以衡量。" : "让每一笔营销投入都可以衡量。"));
    }
}
