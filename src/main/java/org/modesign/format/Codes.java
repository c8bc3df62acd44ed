package org.modesign.format;

import org.modesign.model.Archetype;
import org.modesign.model.Coded;
import org.modesign.model.Layer;
import org.modesign.model.LineStyle;
import org.modesign.model.NodeType;
import org.modesign.model.ObstacleKind;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Scope;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;
import org.modesign.model.Strategy;
import org.modesign.model.TeamKind;
import org.modesign.model.ToolCategory;

/**
 * The constants of one coded enumeration with their codes, looked up once: reading a code is a
 * short search of an array, which matters when a file holds a hundred thousand of them.
 */
final class Codes<E extends Enum<E> & Coded> {

    static final Codes<Archetype> ARCHETYPES = new Codes<>(Archetype.class);
    static final Codes<Layer> LAYERS = new Codes<>(Layer.class);
    static final Codes<LineStyle> LINE_STYLES = new Codes<>(LineStyle.class);
    static final Codes<NodeType> NODE_TYPES = new Codes<>(NodeType.class);
    static final Codes<Office> OFFICES = new Codes<>(Office.class);
    static final Codes<Raci> RACI = new Codes<>(Raci.class);
    static final Codes<Scope> SCOPES = new Codes<>(Scope.class);
    static final Codes<Sourcing> SOURCINGS = new Codes<>(Sourcing.class);
    static final Codes<Strategy> STRATEGIES = new Codes<>(Strategy.class);
    static final Codes<TeamKind> TEAM_KINDS = new Codes<>(TeamKind.class);
    static final Codes<Staffing> STAFFINGS = new Codes<>(Staffing.class);
    static final Codes<ToolCategory> TOOL_CATEGORIES = new Codes<>(ToolCategory.class);
    static final Codes<ReadinessTest> READINESS_TESTS = new Codes<>(ReadinessTest.class);
    static final Codes<ReadinessAnswer> READINESS_ANSWERS = new Codes<>(ReadinessAnswer.class);
    static final Codes<ObstacleKind> OBSTACLE_KINDS = new Codes<>(ObstacleKind.class);

    private final E[] constants;
    private final String[] codes;
    private final String all;

    private Codes(Class<E> type) {
        constants = type.getEnumConstants();
        codes = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            codes[i] = constants[i].code();
        }
        all = Coded.allCodes(type);
    }

    /** The constant whose code is {@code code}, or null when there is none. */
    E parse(String code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                return constants[i];
            }
        }
        return null;
    }

    /** All codes, joined for messages: {@code "a | b | c"}. */
    String all() {
        return all;
    }
}
