package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;

/**
 * Several commands as one step with its own name, e.g. "Add role" for adding a card and its line
 * together. They run in order, each on the result of the one before; when one is refused the
 * whole step is refused and nothing changes.
 */
public record CompoundCommand(EditText text, List<EditCommand> commands) implements EditCommand {

    public CompoundCommand {
        Objects.requireNonNull(text, "text");
        commands = List.copyOf(commands);
    }

    public static CompoundCommand of(EditText text, EditCommand... commands) {
        return new CompoundCommand(text, List.of(commands));
    }

    @Override
    public Design apply(Design design) {
        Design result = design;
        for (EditCommand command : commands) {
            result = command.apply(result);
        }
        return result;
    }
}
