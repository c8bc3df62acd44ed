package org.modesign.format;

import java.util.List;
import org.modesign.model.Charter;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.Readiness;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;

/** Writes the objects only version 2 has: the charter, the tools and a scenario's stack. */
final class PlanWriter {

    private PlanWriter() {
    }

    static void writeCharter(JsonText json, Charter charter) {
        json.key("charter").beginObject().member("mission", charter.mission()).key("readiness").beginArray();
        for (Readiness r : charter.readiness()) {
            json.beginObject()
                    .member("test", r.test().code())
                    .member("answer", r.answer().code())
                    .member("note", r.note())
                    .endObject();
        }
        json.endArray().key("objectives").beginArray();
        for (Objective o : charter.objectives()) {
            json.beginObject()
                    .member("id", o.id())
                    .member("text", o.text())
                    .member("measure", o.measure())
                    .member("target", o.target());
            DesignWriter.optional(json, "phase", o.phase());
            json.endObject();
        }
        json.endArray().key("obstacles").beginArray();
        for (Obstacle o : charter.obstacles()) {
            json.beginObject()
                    .member("id", o.id())
                    .member("kind", o.kind().code())
                    .member("text", o.text())
                    .member("strategy", o.strategy())
                    .endObject();
        }
        json.endArray().endObject();
    }

    static void writeTools(JsonText json, List<Tool> tools) {
        json.key("tools").beginArray();
        for (Tool tool : tools) {
            json.beginObject()
                    .member("id", tool.id())
                    .member("name", tool.name())
                    .member("category", tool.category().code())
                    .member("layer", tool.layer().code())
                    .member("cost", tool.cost())
                    .key("capabilities");
            DesignWriter.writeStrings(json, tool.capabilities());
            json.endObject();
        }
        json.endArray();
    }

    static void writeStack(JsonText json, List<StackEntry> stack) {
        json.key("stack").beginArray();
        for (StackEntry entry : stack) {
            json.beginObject().member("tool", entry.tool()).member("region", entry.region());
            DesignWriter.optional(json, "owner", entry.owner());
            DesignWriter.optional(json, "from", entry.from());
            DesignWriter.optional(json, "to", entry.to());
            json.endObject();
        }
        json.endArray();
    }
}
