package org.modesign.ui.template;

import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.file.FileController;

/**
 * File ▸ New from Template: shows the {@link TemplateDialog} and opens the chosen template through
 * {@link FileController#newFromTemplate}, as a new design that is not saved yet (after asking about
 * unsaved changes, as File ▸ New does). The templates are read the first time the dialog opens.
 */
public final class TemplateController {

    private final FileController files;
    private final Supplier<Window> owner;
    private List<TemplateEntry> entries;

    /**
     * Registers the action in {@code context}, enabled while no file is being read; the dialog is
     * owned by {@code owner}.
     */
    public TemplateController(EditorContext context, FileController files, Supplier<Window> owner) {
        this.files = files;
        this.owner = owner;
        context.actions().register(EditorAction.NEW_FROM_TEMPLATE, this::newFromTemplate, files.busyProperty().not());
    }

    /** Asks for a template and opens it as a new design. */
    public void newFromTemplate() {
        if (entries == null) {
            entries = TemplateEntry.loadAll();
        }
        TemplateDialog.ask(owner.get(), entries).ifPresent(entry -> files.newFromTemplate(entry.design(), entry.name()));
    }
}
