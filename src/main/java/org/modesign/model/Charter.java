package org.modesign.model;

import java.util.List;
import java.util.Objects;

/**
 * Why the function exists (format-v2.md §2): the mission, the readiness tests, the objectives and
 * the obstacles. {@link #EMPTY} stands for a design without a charter: the file has no
 * {@code charter} key exactly when the design's charter is empty.
 */
public record Charter(String mission, List<Readiness> readiness, List<Objective> objectives, List<Obstacle> obstacles) {

    /** No mission, no readiness answers, no objectives, no obstacles: the charter of a file without one. */
    public static final Charter EMPTY = new Charter("", List.of(), List.of(), List.of());

    public Charter {
        Objects.requireNonNull(mission, "mission");
        readiness = List.copyOf(readiness);
        objectives = List.copyOf(objectives);
        obstacles = List.copyOf(obstacles);
    }

    /** Whether the charter says nothing at all (it is then not written). */
    public boolean isEmpty() {
        return mission.isEmpty() && readiness.isEmpty() && objectives.isEmpty() && obstacles.isEmpty();
    }

    public Charter withMission(String newMission) {
        return new Charter(newMission, readiness, objectives, obstacles);
    }

    public Charter withReadiness(List<Readiness> newReadiness) {
        return new Charter(mission, newReadiness, objectives, obstacles);
    }

    public Charter withObjectives(List<Objective> newObjectives) {
        return new Charter(mission, readiness, newObjectives, obstacles);
    }

    public Charter withObstacles(List<Obstacle> newObstacles) {
        return new Charter(mission, readiness, objectives, newObstacles);
    }
}
