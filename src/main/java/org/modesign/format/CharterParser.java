package org.modesign.format;

import static org.modesign.format.JsonInput.orPlaceholder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Charter;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;

/** Reads the charter (format-v2.md §2): mission, readiness answers, objectives, obstacles. */
final class CharterParser {

    static final ObjectKeys CHARTER = new ObjectKeys("a charter", "mission", "readiness", "objectives", "obstacles");
    static final ObjectKeys READINESS = new ObjectKeys("a readiness answer", "test", "answer", "note");
    static final ObjectKeys OBJECTIVE = new ObjectKeys("an objective", "id", "text", "measure", "target", "phase");
    static final ObjectKeys OBSTACLE = new ObjectKeys("an obstacle", "id", "kind", "text", "strategy");

    private final JsonInput in;

    CharterParser(JsonInput in) {
        this.in = in;
    }

    Charter charter(Where path) throws IOException {
        String mission = "";
        List<Readiness> readiness = List.of();
        List<Objective> objectives = List.of();
        List<Obstacle> obstacles = List.of();
        Members m = in.object(path, CHARTER);
        while (m.next()) {
            switch (m.key()) {
                case "mission" -> mission = text(m);
                case "readiness" -> readiness = readinessList(m);
                case "objectives" -> objectives = in.list(m, this::objective);
                case "obstacles" -> obstacles = in.list(m, this::obstacle);
            }
        }
        return new Charter(mission, readiness, objectives, obstacles);
    }

    /**
     * The readiness answers. An answer whose test could not be read (reported) gets a test no other
     * answer has, so that it is not reported as a second answer to a test; when every test is
     * taken, the answers are not checked for repeats at all.
     */
    private List<Readiness> readinessList(Where path) throws IOException {
        List<Answer> read = in.list(path, this::readiness);
        EnumSet<ReadinessTest> free = EnumSet.allOf(ReadinessTest.class);
        read.forEach(a -> free.remove(a.test()));
        List<Readiness> list = new ArrayList<>(read.size());
        for (Answer a : read) {
            ReadinessTest test = a.test();
            if (test == null) {
                if (free.isEmpty()) {
                    in.log().cover(path.path());
                }
                test = free.isEmpty() ? ReadinessTest.NEED : free.iterator().next();
                free.remove(test);
            }
            list.add(new Readiness(test, a.answer(), a.note()));
        }
        return list;
    }

    /** A readiness answer as read: {@code test} is null when it could not be read. */
    private record Answer(ReadinessTest test, ReadinessAnswer answer, String note) {
    }

    private Answer readiness(JsonPath path) throws IOException {
        ReadinessTest test = null;
        ReadinessAnswer answer = null;
        String note = "";
        Members m = in.object(path, READINESS);
        while (m.next()) {
            switch (m.key()) {
                case "test" -> test = in.code(m, Codes.READINESS_TESTS);
                case "answer" -> answer = in.code(m, Codes.READINESS_ANSWERS);
                case "note" -> note = text(m);
            }
        }
        m.require("test", "answer");
        return new Answer(test, Objects.requireNonNullElse(answer, ReadinessAnswer.YES), note);
    }

    private Objective objective(JsonPath path) throws IOException {
        String id = null;
        String text = null;
        String measure = "";
        String target = "";
        String phase = null;
        Members m = in.object(path, OBJECTIVE);
        while (m.next()) {
            switch (m.key()) {
                case "id" -> id = in.string(m);
                case "text" -> text = in.string(m);
                case "measure" -> measure = text(m);
                case "target" -> target = text(m);
                case "phase" -> phase = orPlaceholder(in.string(m), path, "phase");
            }
        }
        m.require("id", "text");
        return new Objective(orPlaceholder(id, path, "id"), Objects.requireNonNullElse(text, ""), measure, target,
                phase);
    }

    private Obstacle obstacle(JsonPath path) throws IOException {
        String id = null;
        ObstacleKind kind = null;
        String text = null;
        String strategy = "";
        Members m = in.object(path, OBSTACLE);
        while (m.next()) {
            switch (m.key()) {
                case "id" -> id = in.string(m);
                case "kind" -> kind = in.code(m, Codes.OBSTACLE_KINDS);
                case "text" -> text = in.string(m);
                case "strategy" -> strategy = text(m);
            }
        }
        m.require("id", "kind", "text");
        return new Obstacle(orPlaceholder(id, path, "id"), Objects.requireNonNullElse(kind, ObstacleKind.PROCESS),
                Objects.requireNonNullElse(text, ""), strategy);
    }

    /** A string value; {@code ""} when it is not a string (reported). */
    private String text(Members m) throws IOException {
        return Objects.requireNonNullElse(in.string(m), "");
    }
}
