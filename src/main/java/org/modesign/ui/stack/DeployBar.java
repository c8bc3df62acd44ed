package org.modesign.ui.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.model.Design;
import org.modesign.model.Tool;
import org.modesign.ui.base.ControlRefresh;
import org.modesign.ui.i18n.I18n;

/**
 * The bar over the landscape: which scenario and phase it shows, and how to add a deployment —
 * a tool of the catalogue (searched by name), a region ({@code global} or one of the design's)
 * and Deploy.
 */
final class DeployBar extends HBox {

    /** The style class of the tool picker while the catalogue has none, to be as wide as it says so. */
    private static final String NO_TOOLS = "no-tools";

    private final Label heading = new Label();
    private final SearchableComboBox<Choice> tools = SearchFields.create("stack-add-tool", "stack.add.tool.prompt");
    private final ComboBox<Choice> regions = new ComboBox<>();
    private final Button deploy = new Button(I18n.tr("stack.add.deploy"), new FontIcon("mdi2p-plus-box-outline"));
    private final ControlRefresh refresh = new ControlRefresh();

    /** A bar that calls {@code deployed} with the tool and region ids chosen when Deploy is pressed. */
    DeployBar(BiConsumer<String, String> deployed) {
        super(8);
        heading.setId("stack-heading");
        heading.getStyleClass().add("stack-heading");
        heading.setMinWidth(0);
        heading.setWrapText(true); // on two lines rather than cut when the bar is narrow (large text)
        heading.setMinHeight(Region.USE_PREF_SIZE);
        regions.setId("stack-add-region");
        deploy.setId("stack-deploy");
        deploy.setTooltip(new Tooltip(I18n.tr("stack.add.deploy.tooltip")));
        deploy.disableProperty().bind(tools.valueProperty().isNull().or(regions.valueProperty().isNull()));
        deploy.setOnAction(e -> deployed.accept(tools.getValue().id(), regions.getValue().id()));
        // its widths in em, to grow with the text (modesign.css)
        regions.setMinWidth(Region.USE_PREF_SIZE);
        deploy.setMinWidth(Region.USE_PREF_SIZE);
        Region space = new Region();
        space.setMinWidth(8);
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        getChildren().addAll(heading, space, label("stack.add.tool", tools), tools, label("stack.add.region", regions), regions, deploy);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("stack-bar");
    }

    private static Label label(String key, javafx.scene.Node names) {
        Label label = new Label(I18n.tr(key));
        label.setLabelFor(names);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Shows the heading and offers the design's tools and regions, keeping the choices made where they still exist. */
    void show(String headingText, Design design) {
        heading.setText(headingText);
        List<String> keys = new ArrayList<>();
        List<Choice> toolChoices = new ArrayList<>();
        for (Tool tool : design.tools()) {
            toolChoices.add(new Choice(tool.id(), tool.name()));
            keys.add(tool.id() + '\t' + tool.name());
        }
        List<Choice> regionChoices = Choices.regions(design);
        regionChoices.forEach(c -> keys.add(c.id() + '\t' + c.text()));
        if (!refresh.changed(keys)) {
            return;
        }
        refresh.quietly(() -> {
            String tool = tools.getValue() == null ? null : tools.getValue().id();
            String region = regions.getValue() == null ? regionChoices.get(0).id() : regions.getValue().id();
            tools.getItems().setAll(toolChoices);
            regions.getItems().setAll(regionChoices);
            tools.setValue(Choices.find(toolChoices, tool));
            Choice keptRegion = Choices.find(regionChoices, region);
            regions.setValue(keptRegion != null ? keptRegion : regionChoices.get(0));
            tools.setDisable(toolChoices.isEmpty());
            tools.setPromptText(I18n.tr(toolChoices.isEmpty() ? "stack.add.noTools" : "stack.add.tool.prompt"));
            // wide enough for "The catalogue has no tools yet" when it says so (modesign.css)
            tools.getStyleClass().remove(NO_TOOLS);
            if (toolChoices.isEmpty()) {
                tools.getStyleClass().add(NO_TOOLS);
            }
        });
    }

    SearchableComboBox<Choice> tools() {
        return tools;
    }

    ComboBox<Choice> regions() {
        return regions;
    }

    Button deploy() {
        return deploy;
    }
}
