package org.modesign.format;

import static org.modesign.format.JsonInput.orPlaceholder;

import java.io.IOException;
import java.util.List;
import org.modesign.model.Region;
import org.modesign.model.StackEntry;

/** Reads a scenario's stack: the tools it deploys (format-v2.md §2). */
final class StackParser {

    static final ObjectKeys ENTRY = new ObjectKeys("a stack entry", "tool", "region", "owner", "from", "to");

    private final JsonInput in;

    StackParser(JsonInput in) {
        this.in = in;
    }

    List<StackEntry> stack(Where path) throws IOException {
        return in.list(path, this::entry);
    }

    /** One entry; a reference that could not be read becomes a stand-in that names nothing. */
    private StackEntry entry(JsonPath path) throws IOException {
        String tool = null;
        String region = Region.GLOBAL;
        String owner = null;
        String from = null;
        String to = null;
        Members m = in.object(path, ENTRY);
        while (m.next()) {
            switch (m.key()) {
                case "tool" -> tool = in.string(m);
                case "region" -> region = orPlaceholder(in.string(m), path, "region");
                case "owner" -> owner = orPlaceholder(in.string(m), path, "owner");
                case "from" -> from = orPlaceholder(in.string(m), path, "from");
                case "to" -> to = orPlaceholder(in.string(m), path, "to");
            }
        }
        m.require("tool");
        return new StackEntry(orPlaceholder(tool, path, "tool"), region, owner, from, to);
    }
}
