package org.modesign.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON path of a problem that {@code Integrity} found, in segments: {@code
 * scenarios[0].nodes[12].alsoIn[1]} is {@code scenarios 0}, {@code nodes 12}, {@code alsoIn 1}.
 */
record ProblemPath(List<Segment> segments) {

    /** One name, with its position when it names a list's element (else -1). */
    record Segment(String name, int index) {
    }

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]+)(?:\\[(\\d+)])?");

    static ProblemPath parse(String path) {
        List<Segment> segments = new ArrayList<>();
        if (!path.isEmpty()) {
            for (String part : path.split("\\.")) {
                Matcher m = SEGMENT.matcher(part);
                if (!m.matches()) {
                    return new ProblemPath(List.of());
                }
                segments.add(new Segment(m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))));
            }
        }
        return new ProblemPath(segments);
    }

    int size() {
        return segments.size();
    }

    String name(int i) {
        return i < segments.size() ? segments.get(i).name() : "";
    }

    int index(int i) {
        return i < segments.size() ? segments.get(i).index() : -1;
    }

    /** Whether segment {@code i} is {@code name} with a position. */
    boolean isElement(int i, String name) {
        return name(i).equals(name) && index(i) >= 0;
    }
}
