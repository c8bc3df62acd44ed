package org.modesign.ui.inspector;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ScrollPane;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.form.Edits;

/**
 * The side panel that shows and edits what is selected: the design when nothing is, one card's
 * fields, the fields several cards share, or one line. Every change is one undoable edit through
 * {@link EditorContext#edit}.
 *
 * <p>It follows the design, the scenario and the selection. Bursts of changes (selecting 10,000
 * cards fires one event per card) are folded into one refresh on the JavaFX thread. A refresh
 * looks the selection up once (O(cards)), does nothing when what it would show equals what is
 * shown, updates the shown panel in place when the same thing changed (so the field being edited
 * keeps its focus and caret), and builds a new panel only for a newly selected thing.
 */
public final class InspectorView extends ScrollPane {

    /** The width the main window should give the inspector. */
    public static final double PREFERRED_WIDTH = 300;

    private final EditorContext context;
    private final Edits edits;
    /** Held here: the selection hands out a view that only weakly keeps its listeners. */
    private final ObservableSet<String> selectedCards;
    private Panel<?> panel;
    private List<Object> panelKey;
    private Subject shown;
    private boolean refreshQueued;

    public InspectorView(EditorContext context) {
        this.context = context;
        this.edits = new Edits(context);
        this.selectedCards = context.selection().nodes();
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(PREFERRED_WIDTH);
        setMinWidth(240);
        context.document().designProperty().addListener(o -> queueRefresh());
        context.document().scenarioIdProperty().addListener(o -> queueRefresh());
        context.selection().lineProperty().addListener(o -> queueRefresh());
        selectedCards.addListener((SetChangeListener<String>) change -> queueRefresh());
        refresh();
    }

    private void queueRefresh() {
        if (!refreshQueued) {
            refreshQueued = true;
            Platform.runLater(this::refresh);
        }
    }

    private void refresh() {
        refreshQueued = false;
        Subject next = find();
        if (panel != null && !next.key().equals(panelKey)) {
            panel.commitPending();
            next = find();
        }
        if (next.equals(shown)) {
            return;
        }
        if (panel == null || !next.key().equals(panelKey)) {
            panel = panelFor(next);
            panelKey = next.key();
            setContent(panel.view());
            setVvalue(0);
        }
        shown = next;
        panel.display(next);
    }

    private Subject find() {
        Design design = context.document().design();
        return Subjects.find(design, context.document().scenario(), selectedCards, context.selection().line());
    }

    private Panel<?> panelFor(Subject subject) {
        if (subject instanceof Subject.OneRole) {
            return new RolePanel(edits);
        }
        if (subject instanceof Subject.OneTeam) {
            return new TeamPanel(edits);
        }
        if (subject instanceof Subject.OneExecutive) {
            return new ExecutivePanel(edits);
        }
        if (subject instanceof Subject.SeveralCards) {
            return new CardsPanel(edits);
        }
        if (subject instanceof Subject.OneLine) {
            return new LinePanel(edits);
        }
        return new DesignPanel(edits);
    }
}
