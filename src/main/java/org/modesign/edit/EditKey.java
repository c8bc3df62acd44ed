package org.modesign.edit;

import org.modesign.text.Message;

/**
 * Every text the edit package shows a person, in one place: the names of undoable steps ("Move 3
 * cards") and the reasons an edit is refused. Each constant has a stable {@link #bundleKey()} under
 * which a translation can be looked up, and its English default, a {@link java.text.MessageFormat}
 * pattern. {@link EditText} pairs a key with its arguments.
 */
public enum EditKey implements Message {
    // Names of steps, shown in "Undo ..." / "Redo ...".
    ADD_EXECUTIVE("edit.step.addExecutive", "Add executive"),
    ADD_TEAM("edit.step.addTeam", "Add team"),
    ADD_ROLE("edit.step.addRole", "Add role"),
    ADD_CARDS("edit.step.addCards", "Add {0,choice,1#card|1<{0,number,integer} cards}"),
    PASTE_CARDS("edit.step.pasteCards", "Paste {0,choice,1#card|1<{0,number,integer} cards}"),
    DUPLICATE_CARDS("edit.step.duplicateCards", "Duplicate {0,choice,1#card|1<{0,number,integer} cards}"),
    CUT_CARDS("edit.step.cutCards", "Cut {0,choice,1#card|1<{0,number,integer} cards}"),
    DELETE_CARDS("edit.step.deleteCards", "Delete {0,choice,1#card|1<{0,number,integer} cards}"),
    MOVE_CARDS("edit.step.moveCards", "Move {0,choice,1#card|1<{0,number,integer} cards}"),
    ARRANGE("edit.step.arrange", "Arrange"),
    RENAME("edit.step.rename", "Rename"),
    SET_ARCHETYPE("edit.step.setArchetype", "Set archetype"),
    SET_OFFICE("edit.step.setOffice", "Set office"),
    SET_TEAM("edit.step.setTeam", "Set team"),
    SET_REGION("edit.step.setRegion", "Set region"),
    SET_FTE("edit.step.setFte", "Set FTE"),
    SET_SOURCING("edit.step.setSourcing", "Set sourcing"),
    SET_PHASES("edit.step.setPhases", "Set phases"),
    SET_RESPONSIBILITY("edit.step.setResponsibility", "Set responsibility"),
    REMOVE_RESPONSIBILITY("edit.step.removeResponsibility", "Remove responsibility"),
    CONNECT("edit.step.connect", "Connect"),
    SET_LINE_STYLE("edit.step.setLineStyle", "Set line style"),
    DELETE_LINES("edit.step.deleteLines", "Delete {0,choice,1#line|1<{0,number,integer} lines}"),
    RENAME_DESIGN("edit.step.renameDesign", "Rename design"),
    ADD_SCENARIO("edit.step.addScenario", "Add scenario"),
    DUPLICATE_SCENARIO("edit.step.duplicateScenario", "Duplicate scenario"),
    RENAME_SCENARIO("edit.step.renameScenario", "Rename scenario"),
    DELETE_SCENARIO("edit.step.deleteScenario", "Delete scenario"),
    SET_STRATEGY("edit.step.setStrategy", "Set strategy"),
    IMPORT("edit.step.import", "Import"),
    IMPORT_ROLES("edit.step.importRoles", "Import {0,choice,1#role|1<{0,number,integer} roles} from CSV"),
    RESTORE("edit.step.restore", "Restore unsaved changes"),
    NEW_FROM_TEMPLATE("edit.step.newFromTemplate", "Start from the template \u201C{0}\u201D"),
    ADD_CAPABILITY("edit.step.addCapability", "Add capability"),
    ADD_CAPABILITIES("edit.step.addCapabilities",
            "Add {0,choice,0#no capabilities|1#capability|1<{0,number,integer} capabilities}"),
    RENAME_CAPABILITY("edit.step.renameCapability", "Rename capability"),
    SET_LAYER("edit.step.setLayer", "Set layer"),
    SET_SCOPE("edit.step.setScope", "Set scope"),
    SET_DEFAULT_ARCHETYPE("edit.step.setDefaultArchetype", "Set default archetype"),
    MOVE_CAPABILITY("edit.step.moveCapability", "Move capability"),
    REMOVE_CAPABILITY("edit.step.removeCapability", "Remove capability"),
    ADD_REGION("edit.step.addRegion", "Add region"),
    RENAME_REGION("edit.step.renameRegion", "Rename region"),
    REMOVE_REGION("edit.step.removeRegion", "Remove region"),
    ADD_PHASE("edit.step.addPhase", "Add phase"),
    RENAME_PHASE("edit.step.renamePhase", "Rename phase"),
    MOVE_PHASE("edit.step.movePhase", "Move phase"),
    REMOVE_PHASE("edit.step.removePhase", "Remove phase"),
    SET_REQUIRED("edit.step.setRequired", "Change required capabilities"),
    ADD_ROLE_FOR("edit.step.addRoleFor", "Add a role for \"{0}\""),

    // Reasons an edit is refused: one sentence each.
    NO_SCENARIO("edit.refused.noScenario", "There is no scenario \"{0}\"."),
    NO_CARD("edit.refused.noCard", "There is no card \"{0}\" in this scenario."),
    NOT_A_ROLE("edit.refused.notRole", "\"{0}\" is not a role."),
    NOT_AN_EXECUTIVE("edit.refused.notExecutive", "\"{0}\" is not an executive."),
    NOT_TEAM_OR_ROLE("edit.refused.notTeamOrRole",
            "\"{0}\" is an executive; only teams and roles have a region and phases."),
    NO_TEAM("edit.refused.noTeam", "There is no team \"{0}\" in this scenario."),
    NOT_A_TEAM("edit.refused.notTeam", "\"{0}\" is not a team; a role can only belong to a team."),
    BLANK_NAME("edit.refused.blankName", "A name cannot be empty."),
    NAME_TOO_LONG("edit.refused.nameTooLong", "A name can be at most {0,number,integer} characters long."),
    FTE_RANGE("edit.refused.fteRange", "FTE must be more than 0 and at most 10,000, not {0}."),
    NO_REGION("edit.refused.noRegion", "There is no region \"{0}\"; choose a declared region or global."),
    NO_PHASE("edit.refused.noPhase", "There is no phase \"{0}\" in the plan."),
    PHASE_ORDER("edit.refused.phaseOrder",
            "Phase \"{0}\" comes after phase \"{1}\"; a card cannot start after it ends."),
    NO_CAPABILITY("edit.refused.noCapability", "There is no capability \"{0}\" in the catalogue."),
    CAPABILITY_TWICE("edit.refused.capabilityTwice",
            "\"{0}\" names capability \"{1}\" twice; a role holds one letter per capability."),
    SELF_LINE("edit.refused.selfLine", "A card cannot report to itself."),
    DUPLICATE_LINE("edit.refused.duplicateLine", "There is already a line from \"{0}\" to \"{1}\"."),
    NO_LINE("edit.refused.noLine", "There is no line from \"{0}\" to \"{1}\"."),
    INVALID_ID("edit.refused.invalidId",
            "\"{0}\" is not a valid id: use 1 to 64 letters, digits, \"_\", \".\" or \"-\"."),
    DUPLICATE_ID("edit.refused.duplicateId", "The id \"{0}\" is already taken."),
    NOT_FINITE("edit.refused.notFinite", "A position must be a finite number."),
    TOO_MANY_CARDS("edit.refused.tooManyCards", "A design can hold at most {0,number,integer} cards."),
    LAST_SCENARIO("edit.refused.lastScenario",
            "A design needs at least one scenario, so the last one cannot be deleted."),
    INVALID_RESULT("edit.refused.invalidResult", "The change would make the design invalid: {0}"),
    IN_USE("edit.refused.inUse", "\"{0}\" is still in use: {1}."),
    IN_USE_TWICE("edit.refused.inUseTwice", "\"{0}\" is still in use: {1}; {2}."),
    LAST_PHASE("edit.refused.lastPhase", "A plan needs at least one phase, so the last one cannot be removed."),
    PHASE_MOVE_INVERTS("edit.refused.phaseMoveInverts",
            "Phase \"{0}\" cannot move there: {1} would start after {2,choice,1#it ends|1<they end};"
                    + " change {2,choice,1#its|1<their} phases first."),

    // Parts of the sentences above (arguments that are texts themselves); they start in lower case.
    PART_HELD("edit.part.held", "{0,choice,1#1 role|1<{0,number,integer} roles} in "
            + "{1,choice,1#1 scenario|1<{1,number,integer} scenarios} {0,choice,1#holds|1<hold} it"),
    PART_REQUIRED("edit.part.required", "{0,choice,1#phase|1<phases} {1} {0,choice,1#requires|1<require} it"),
    PART_PLACED("edit.part.placed", "{0,choice,1#1 card|1<{0,number,integer} cards} in "
            + "{1,choice,1#1 scenario|1<{1,number,integer} scenarios} {0,choice,1#is|1<are} placed in it"),
    PART_ACTIVE("edit.part.active", "{0,choice,1#1 card|1<{0,number,integer} cards} in "
            + "{1,choice,1#1 scenario|1<{1,number,integer} scenarios} "
            + "{0,choice,1#starts or ends|1<start or end} in it"),
    PART_CARDS("edit.part.cards",
            "\"{0}\"{1,choice,0#|1# and 1 other card|1< and {1,number,integer} other cards}");

    private final String bundleKey;
    private final String english;

    EditKey(String bundleKey, String english) {
        this.bundleKey = bundleKey;
        this.english = english;
    }

    @Override
    public String bundleKey() {
        return bundleKey;
    }

    @Override
    public String english() {
        return english;
    }
}
