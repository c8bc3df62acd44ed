package org.modesign.ui.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.modesign.analysis.Finding;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.io.Language;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.ui.I18n;

/**
 * A finding's message in the editor's language. In English it is the validator's own sentence; in
 * another language it is worded anew from the finding's rule, phase, capability, region and nodes,
 * with the names of the design that was analysed, and with the counts the core's
 * {@link ScenarioIndex} gives (span of control, solid lines upward). A finding that names
 * something the design lacks keeps the validator's sentence. Keeps the look-ups of the last
 * scenario asked about; for the JavaFX thread.
 */
public final class FindingSentences {

    /** How many nodes a sentence names before it counts the rest, as the validator does. */
    private static final int NAMED = 5;

    private Design design;
    private Scenario scenario;
    private Map<String, Node> nodes;
    private ScenarioIndex index;

    /** The message of {@code finding}, found in {@code design}, in the editor's language. */
    public String of(Design design, Finding finding) {
        if (I18n.language() == Language.ENGLISH) {
            return finding.message();
        }
        Scenario analysed = design.scenario(finding.scenario()).orElse(null);
        if (analysed == null) {
            return finding.message();
        }
        lookUpIn(design, analysed);
        try {
            return worded(design, finding);
        } catch (MissingName e) {
            return finding.message();
        }
    }

    private String worded(Design design, Finding f) {
        String rule = "finding." + f.rule().code();
        return switch (f.rule()) {
            case UNSTAFFED_CAPABILITY -> inRegion(design, rule, f, capability(design, f), phase(design, f.phase()));
            case MISSING_ACCOUNTABLE -> inRegion(design, rule, f, capability(design, f), phase(design, f.phase()),
                    nodeList(f.nodes()), f.nodes().size());
            case OVERLAPPING_RESPONSIBILITY -> inRegion(design, rule, f, capability(design, f), f.nodes().size(),
                    phase(design, f.phase()), nodeList(f.nodes()));
            case ARCHETYPE_MISMATCH -> archetypeMismatch(design, rule, f);
            case NO_PATH_TO_CEO -> I18n.tr(rule, subject(f.nodes().get(0)), phase(design, f.phase()));
            case MULTIPLE_MANAGERS -> multipleManagers(design, rule, f.nodes().get(0));
            case REPORTING_CYCLE -> I18n.tr(rule, nodeList(f.nodes()));
            case SPAN_OF_CONTROL -> spanOfControl(design, rule, f);
        };
    }

    private String archetypeMismatch(Design design, String rule, Finding f) {
        String id = f.nodes().get(0);
        Archetype expected = design.capability(f.capability()).orElseThrow(MissingName::new).archetype();
        return I18n.tr(rule, subject(id), I18n.tr("archetype." + role(id).archetype().code()),
                capability(design, f), I18n.tr("archetype." + expected.code()), phase(design, f.phase()));
    }

    private String spanOfControl(Design design, String rule, Finding f) {
        String phase = phase(design, f.phase());
        String subject = subject(f.nodes().get(0));
        ScenarioIndex idx = index();
        int span = idx.activeDirectReportCount(idx.indexOf(f.nodes().get(0)), design.phaseIndex(f.phase()));
        return I18n.tr(rule, subject, span, phase, design.settings().spanOfControlMax());
    }

    /**
     * The rule's sentence, or for a declared region its {@code .region} variant, which takes the
     * region's name as one more argument.
     */
    private static String inRegion(Design design, String rule, Finding f, Object... args) {
        if (f.region() == null || Region.GLOBAL.equals(f.region())) {
            return I18n.tr(rule, args);
        }
        Object[] more = Arrays.copyOf(args, args.length + 1);
        more[args.length] = design.region(f.region()).orElseThrow(MissingName::new).name();
        return I18n.tr(rule + ".region", more);
    }

    private String multipleManagers(Design design, String rule, String nodeId) {
        ScenarioIndex idx = index();
        int v = idx.indexOf(nodeId);
        int lines = idx.solidLineCount(v);
        List<String> managers = new ArrayList<>(lines);
        for (int k = 0; k < lines; k++) {
            managers.add(idx.id(idx.upEdge(v, k)));
        }
        return I18n.tr(rule, subject(nodeId), lines, nodeList(managers));
    }

    private void lookUpIn(Design version, Scenario analysed) {
        if (analysed != scenario) {
            scenario = analysed;
            nodes = analysed.nodesById();
            index = null;
        }
        if (version != design) {
            design = version;
            index = null;
        }
    }

    /** The core's index of the scenario asked about, made when a sentence first needs a count. */
    private ScenarioIndex index() {
        if (index == null) {
            index = ScenarioIndex.of(design, scenario);
        }
        return index;
    }

    private String capability(Design design, Finding f) {
        return I18n.tr("finding.name", design.capability(f.capability()).orElseThrow(MissingName::new).name());
    }

    private static String phase(Design design, String phaseId) {
        return I18n.tr("finding.phase", design.phase(phaseId).orElseThrow(MissingName::new).name());
    }

    private Node node(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new MissingName();
        }
        return node;
    }

    private Role role(String id) {
        if (node(id) instanceof Role role) {
            return role;
        }
        throw new MissingName();
    }

    /** The node's kind and name: 'Role "Data analyst" (analyst)'. */
    private String subject(String id) {
        return I18n.tr("finding.subject." + node(id).type().code(), named(id));
    }

    /** The node's name and id: '"Data analyst" (analyst)'. */
    private String named(String id) {
        return I18n.tr("finding.node", node(id).label(), id);
    }

    /** The nodes named in order, "a, b and c", naming at most five and counting the rest. */
    private String nodeList(List<String> ids) {
        int named = ids.size() > NAMED ? NAMED - 1 : ids.size();
        List<String> names = new ArrayList<>(named);
        for (String id : ids.subList(0, named)) {
            names.add(named(id));
        }
        String separator = I18n.tr("finding.list.separator");
        if (named < ids.size()) {
            return I18n.tr("finding.list.more", String.join(separator, names), ids.size() - named);
        }
        if (names.size() < 2) {
            return String.join("", names);
        }
        return I18n.tr("finding.list.last", String.join(separator, names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }

    /** A name the sentence needs is not in the design (it changed since the analysis). */
    private static final class MissingName extends RuntimeException {

        MissingName() {
            super(null, null, false, false);
        }
    }
}
