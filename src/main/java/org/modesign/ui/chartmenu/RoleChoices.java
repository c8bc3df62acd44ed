package org.modesign.ui.chartmenu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.modesign.edit.CompoundCommand;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.edit.SetArchetype;
import org.modesign.edit.SetSourcing;
import org.modesign.model.Archetype;
import org.modesign.model.Coded;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.form.Names;
import org.modesign.ui.i18n.I18n;

/**
 * The Archetype and Sourcing submenus of a card's context menu: one radio item per value, the
 * selected roles' common value checked; choosing one sets it on every selected role with the same
 * edit commands as the inspector, as one undoable step named as the inspector names it.
 */
final class RoleChoices {

    private final EditorContext context;

    RoleChoices(EditorContext context) {
        this.context = context;
    }

    Menu archetype() {
        Menu menu = menu("contextMenu.archetype", Archetype.values(), Role::archetype, EditKey.SET_ARCHETYPE,
                (role, value) -> new SetArchetype(scenario(), role.id(), value));
        menu.setId("context-archetype");
        for (int i = 0; i < Archetype.values().length; i++) {
            menu.getItems().get(i).setId("context-archetype-" + Archetype.values()[i].code());
        }
        return menu;
    }

    Menu sourcing() {
        Menu menu = menu("contextMenu.sourcing", Sourcing.values(), Role::sourcing, EditKey.SET_SOURCING,
                (role, value) -> new SetSourcing(scenario(), role.id(), value));
        menu.setId("context-sourcing");
        for (int i = 0; i < Sourcing.values().length; i++) {
            menu.getItems().get(i).setId("context-sourcing-" + Sourcing.values()[i].code());
        }
        return menu;
    }

    private String scenario() {
        return context.document().scenario().id();
    }

    private List<Role> roles() {
        List<Role> roles = new ArrayList<>();
        for (String id : context.selection().nodes()) {
            context.document().scenario().node(id).filter(Role.class::isInstance).map(Role.class::cast)
                    .ifPresent(roles::add);
        }
        return roles;
    }

    private <T extends Coded> Menu menu(String key, T[] values, Function<Role, T> current, EditKey step,
            BiFunction<Role, T, EditCommand> command) {
        Menu menu = new Menu(I18n.tr(key));
        List<Role> roles = roles();
        menu.setDisable(roles.isEmpty());
        T common = roles.isEmpty() ? null : current.apply(roles.get(0));
        for (Role role : roles) {
            if (current.apply(role) != common) {
                common = null;
            }
        }
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem(Names.of(value));
            item.setToggleGroup(group);
            item.setSelected(value == common);
            item.setOnAction(e -> context.edit(CompoundCommand.of(EditText.of(step),
                    roles.stream().map(role -> command.apply(role, value)).toArray(EditCommand[]::new))));
            menu.getItems().add(item);
        }
        return menu;
    }
}
