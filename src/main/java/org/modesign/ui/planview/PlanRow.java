package org.modesign.ui.planview;

import java.util.List;

/**
 * One line of the plan list: a phase's heading, an objective, the heading of a group of changes,
 * one change, the line that shows a long group whole (or short again), or the phase's findings.
 * Every row knows its phase and the cards it stands for (selected when the row is chosen).
 */
sealed interface PlanRow {

    /** The id of the phase the row belongs to. */
    String phase();

    /** The ids of the cards the row stands for; empty when none. */
    List<String> cards();

    /** What changes from the phase before, in the order the list shows them. */
    enum Group {
        OBJECTIVES("planview.group.objectives"),
        HIRES("planview.group.hires"),
        ROLES_ADDED("planview.group.rolesAdded"),
        ROLES_ENDED("planview.group.rolesEnded"),
        FTE_CHANGED("planview.group.fteChanged"),
        ACCOUNTABLE("planview.group.accountable"),
        TOOLS_DEPLOYED("planview.group.toolsDeployed"),
        TOOLS_RETIRED("planview.group.toolsRetired");

        private final String key;

        Group(String key) {
            this.key = key;
        }

        /** The bundle key of the group's heading, with the count as argument 0. */
        String key() {
            return key;
        }
    }

    /** A phase's heading: its name and goal. */
    record PhaseHeading(String phase, String name, String goal) implements PlanRow {
        @Override
        public List<String> cards() {
            return List.of();
        }
    }

    /** The heading of a group: its name and how many changes it holds; it stands for all their cards. */
    record GroupHeading(String phase, Group group, int count, List<String> cards) implements PlanRow {
    }

    /** One change (or objective): what it is about and, muted after it, the details. */
    record Entry(String phase, Group group, String text, String detail, List<String> cards) implements PlanRow {
    }

    /** "… and 9,988 more: show all" under a long group, or "Show fewer" under one shown whole. */
    record More(String phase, Group group, int hidden, boolean expanded) implements PlanRow {
        @Override
        public List<String> cards() {
            return List.of();
        }
    }

    /** How many findings the phase adds and resolves. */
    record Findings(String phase, int added, int resolved) implements PlanRow {
        @Override
        public List<String> cards() {
            return List.of();
        }
    }

    /** The charter's mission, above the first phase (its phase is {@code ""}). */
    record Mission(String phase, String text) implements PlanRow {
        @Override
        public List<String> cards() {
            return List.of();
        }
    }

    /** Said of a phase in which nothing changes. */
    record NoChange(String phase) implements PlanRow {
        @Override
        public List<String> cards() {
            return List.of();
        }
    }
}
