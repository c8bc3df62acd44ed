package org.modesign.ui.action;

import javafx.scene.input.KeyCombination;

/**
 * Every command of the editor with its label key, icon and shortcut, in one place: menus, the
 * toolbar and the key map are built from this list.
 */
public enum EditorAction {
    NEW("action.new", "mdi2f-file-outline", "Shortcut+N"),
    NEW_FROM_TEMPLATE("action.newFromTemplate", "mdi2f-file-document-multiple-outline", "Shortcut+Shift+N"),
    OPEN("action.open", "mdi2f-folder-open-outline", "Shortcut+O"),
    SAVE("action.save", "mdi2c-content-save-outline", "Shortcut+S"),
    SAVE_AS("action.saveAs", "mdi2c-content-save-edit-outline", "Shortcut+Shift+S"),
    EXPORT_IMAGE("action.exportChart", "mdi2f-file-image-outline", "Shortcut+E"),
    EXPORT_ROLES_CSV("action.exportRolesCsv", null, null),
    EXPORT_RACI_CSV("action.exportRaciCsv", null, null),
    EXPORT_FINDINGS_CSV("action.exportFindingsCsv", null, null),
    EXPORT_METRICS_CSV("action.exportMetricsCsv", null, null),
    EXPORT_STACK_CSV("action.exportStackCsv", null, null),
    EXPORT_HIRING_CSV("action.exportHiringCsv", null, null),
    EXPORT_STACK_PNG("action.exportStackPng", null, null),
    EXPORT_STACK_SVG("action.exportStackSvg", null, null),
    EXPORT_STACK_PDF("action.exportStackPdf", null, null),
    EXPORT_HIRES_CSV("action.exportHiresCsv", "mdi2f-file-delimited-outline", null),
    EXPORT_PLAN_REPORT("action.exportPlanReport", "mdi2f-file-document-outline", null),
    IMPORT_ROLES("action.importRoles", "mdi2f-file-import-outline", "Shortcut+Shift+I"),
    COMPARE_WITH_FILE("action.compareWithFile", "mdi2f-file-compare", null),
    COMPARE_WITH_SAVED("action.compareWithSaved", null, null),
    MERGE("action.merge", "mdi2s-source-merge", null),
    QUIT("action.quit", null, "Shortcut+Q"),
    UNDO("action.undo", "mdi2u-undo", "Shortcut+Z"),
    REDO("action.redo", "mdi2r-redo", "Shortcut+Shift+Z"),
    CUT("action.cut", "mdi2c-content-cut", "Shortcut+X"),
    COPY("action.copy", "mdi2c-content-copy", "Shortcut+C"),
    PASTE("action.paste", "mdi2c-content-paste", "Shortcut+V"),
    DUPLICATE("action.duplicate", "mdi2c-content-duplicate", "Shortcut+D"),
    DELETE("action.delete", "mdi2d-delete-outline", "Delete"),
    SELECT_ALL("action.selectAll", "mdi2s-select-all", "Shortcut+A"),
    RENAME("action.rename", "mdi2r-rename-box", "F2"),
    TOGGLE_LINE_STYLE("action.toggleLineStyle", "mdi2v-vector-polyline", "Shortcut+Shift+L"),
    ARRANGE("action.arrange", "mdi2f-file-tree-outline", "Shortcut+L"),
    ZOOM_IN("action.zoomIn", "mdi2m-magnify-plus-outline", "Shortcut+Plus"),
    ZOOM_OUT("action.zoomOut", "mdi2m-magnify-minus-outline", "Shortcut+Minus"),
    ZOOM_FIT("action.zoomFit", "mdi2f-fit-to-page-outline", "Shortcut+0"),
    ZOOM_ACTUAL("action.zoomActual", null, "Shortcut+Alt+0"),
    COLLAPSE("action.collapse", "mdi2c-chevron-up-circle-outline", "Shortcut+Open Bracket"),
    EXPAND("action.expand", "mdi2c-chevron-down-circle-outline", "Shortcut+Close Bracket"),
    COLLAPSE_ALL_BELOW("action.collapseAllBelow", null, "Shortcut+Shift+Open Bracket"),
    EXPAND_ALL("action.expandAll", null, "Shortcut+Shift+Close Bracket"),
    NEW_SCENARIO("action.newScenario", "mdi2t-tab-plus", "Shortcut+T"),
    DUPLICATE_SCENARIO("action.duplicateScenario", "mdi2c-content-duplicate", "Shortcut+Shift+D"),
    RENAME_SCENARIO("action.renameScenario", "mdi2r-rename-box", "Shortcut+Shift+R"),
    DELETE_SCENARIO("action.deleteScenario", "mdi2t-tab-remove", null),
    SHOW_CHART("action.showChart", "mdi2s-sitemap-outline", "Shortcut+1"),
    SHOW_MATRIX("action.showMatrix", "mdi2t-table-large", "Shortcut+2"),
    SHOW_FINDINGS("action.showFindings", "mdi2a-alert-circle-outline", "Shortcut+Shift+F"),
    SHOW_OUTLINE("action.showOutline", "mdi2f-file-tree", "Shortcut+Shift+O"),
    PREVIOUS_PHASE("action.previousPhase", "mdi2c-chevron-left", "Alt+Left"),
    NEXT_PHASE("action.nextPhase", "mdi2c-chevron-right", "Alt+Right"),
    SHOW_COMPARE("action.showCompare", "mdi2c-compare-horizontal", "Shortcut+3"),
    SHOW_STACK("action.showStack", "mdi2l-layers-outline", "Shortcut+4"),
    SHOW_PLAN("action.showPlan", "mdi2s-stairs-up", "Shortcut+5"),
    EDIT_CAPABILITIES("action.editCapabilities", "mdi2f-format-list-checks", "Shortcut+Shift+K"),
    EDIT_TOOLS("action.editTools", "mdi2t-tools", null),
    EDIT_REGIONS("action.editRegions", "mdi2e-earth", "Shortcut+Shift+G"),
    EDIT_PHASES("action.editPhases", "mdi2t-timeline-outline", "Shortcut+Shift+P"),
    EDIT_CHARTER("action.editCharter", "mdi2b-bullseye-arrow", "Shortcut+Shift+M"),
    // --- find-menus ---
    FIND("action.find", "mdi2m-magnify", "Shortcut+F"),
    FIND_NEXT("action.findNext", null, "F3"),
    FIND_PREVIOUS("action.findPrevious", null, "Shift+F3"),
    ADD_REPORT("action.addReport", "mdi2a-account-plus-outline", "Insert"),
    ADD_MEMBER("action.addMember", "mdi2a-account-multiple-plus-outline", "Shortcut+Insert"),
    SELECT_BRANCH("action.selectBranch", "mdi2f-file-tree", "Shortcut+Shift+A"),
    TOGGLE_OVERVIEW("action.toggleOverview", "mdi2m-map-outline", "Shortcut+Shift+V"),
    SHOW_SHORTCUTS("action.showShortcuts", "mdi2k-keyboard-outline", "F1"),
    // --- chart-keys ---
    REPORT_TO("action.reportTo", "mdi2a-account-arrow-up-outline", "Shortcut+R"),
    RESPONSIBILITIES("action.responsibilities", "mdi2c-clipboard-account-outline", "Shortcut+Shift+C"),
    ABOUT("action.about", null, null);

    private final String key;
    private final String icon;
    private final KeyCombination accelerator;

    EditorAction(String key, String icon, String accelerator) {
        this.key = key;
        this.icon = icon;
        this.accelerator = accelerator == null ? null : KeyCombination.valueOf(accelerator);
    }

    /** The resource-bundle key of the label. */
    public String key() {
        return key;
    }

    /** The Ikonli icon literal, or null. */
    public String icon() {
        return icon;
    }

    /** The shortcut, or null. */
    public KeyCombination accelerator() {
        return accelerator;
    }
}
