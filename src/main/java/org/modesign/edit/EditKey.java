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
    MOVE_UNDER("edit.step.moveUnder", "Move \"{0}\" under \"{1}\""),
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
    RELOAD_FROM_DISK("edit.step.reloadFromDisk", "Reload from disk"),
    MERGE_WITH_DISK("edit.step.mergeWithDisk", "Merge with the file on disk"),
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
    REQUIRE_ALL("edit.step.requireAll", "Require every capability in \u201C{0}\u201D"),
    REQUIRE_NONE("edit.step.requireNone", "Require no capability in \u201C{0}\u201D"),
    MOVE_TO_TEAM("edit.step.moveToTeam", "Move \u201C{0}\u201D to team \u201C{1}\u201D"),
    ADD_ROLE_FOR("edit.step.addRoleFor", "Add a role for \"{0}\""),
    // Steps on the fields of format version 2.
    SET_MISSION("edit.step.setMission", "Set mission"),
    ANSWER_READINESS("edit.step.answerReadiness", "Answer readiness test"),
    CLEAR_READINESS("edit.step.clearReadiness", "Clear readiness answer"),
    SET_READINESS_NOTE("edit.step.setReadinessNote", "Set readiness note"),
    ADD_OBJECTIVE("edit.step.addObjective", "Add objective"),
    SET_OBJECTIVE_TEXT("edit.step.setObjectiveText", "Change objective"),
    SET_OBJECTIVE_MEASURE("edit.step.setObjectiveMeasure", "Set objective measure"),
    SET_OBJECTIVE_TARGET("edit.step.setObjectiveTarget", "Set objective target"),
    SET_OBJECTIVE_PHASE("edit.step.setObjectivePhase", "Set objective phase"),
    MOVE_OBJECTIVE("edit.step.moveObjective", "Move objective"),
    REMOVE_OBJECTIVE("edit.step.removeObjective", "Remove objective"),
    ADD_OBSTACLE("edit.step.addObstacle", "Add obstacle"),
    SET_OBSTACLE_KIND("edit.step.setObstacleKind", "Set obstacle kind"),
    SET_OBSTACLE_TEXT("edit.step.setObstacleText", "Change obstacle"),
    SET_OBSTACLE_STRATEGY("edit.step.setObstacleStrategy", "Set obstacle strategy"),
    MOVE_OBSTACLE("edit.step.moveObstacle", "Move obstacle"),
    REMOVE_OBSTACLE("edit.step.removeObstacle", "Remove obstacle"),
    ADD_TOOL("edit.step.addTool", "Add tool"),
    ADD_TOOLS("edit.step.addTools", "Add {0,choice,0#no tools|1#tool|1<{0,number,integer} tools}"),
    RENAME_TOOL("edit.step.renameTool", "Rename tool"),
    SET_TOOL_CATEGORY("edit.step.setToolCategory", "Set tool category"),
    SET_TOOL_LAYER("edit.step.setToolLayer", "Set tool layer"),
    SET_TOOL_COST("edit.step.setToolCost", "Set tool cost"),
    SET_TOOL_CAPABILITIES("edit.step.setToolCapabilities", "Change capabilities served"),
    MOVE_TOOL("edit.step.moveTool", "Move tool"),
    REMOVE_TOOL("edit.step.removeTool", "Remove tool"),
    SET_NEEDS_TOOL("edit.step.setNeedsTool", "Set needs a tool"),
    DEPLOY_TOOL("edit.step.deployTool", "Deploy tool"),
    SET_DEPLOYMENT_REGION("edit.step.setDeploymentRegion", "Set deployment region"),
    SET_DEPLOYMENT_OWNER("edit.step.setDeploymentOwner", "Set tool owner"),
    SET_DEPLOYMENT_PHASES("edit.step.setDeploymentPhases", "Set deployment phases"),
    REMOVE_DEPLOYMENT("edit.step.removeDeployment", "Remove deployment"),
    SET_STAFFING("edit.step.setStaffing", "Set staffing"),
    SET_PERSON("edit.step.setPerson", "Set person"),
    SET_COST("edit.step.setCost", "Set cost"),
    SET_FTE_CHANGE("edit.step.setFteChange", "Set FTE change"),
    MOVE_FTE_CHANGE("edit.step.moveFteChange", "Move FTE change"),
    REMOVE_FTE_CHANGE("edit.step.removeFteChange", "Remove FTE change"),
    ADD_LETTER("edit.step.addLetter", "Add responsibility for some phases"),
    SET_LETTER_SPAN("edit.step.setLetterSpan", "Set responsibility phases"),
    SERVE_ON_TEAM("edit.step.serveOnTeam", "Serve on team"),
    LEAVE_TEAM("edit.step.leaveTeam", "Stop serving on team"),
    SET_TEAM_KIND("edit.step.setTeamKind", "Set team kind"),
    SET_PHASE_GOAL("edit.step.setPhaseGoal", "Set phase goal"),
    SET_CURRENCY("edit.step.setCurrency", "Set currency"),
    SET_COST_PER_FTE("edit.step.setCostPerFte", "Set cost per FTE"),
    // --- find-menus ---
    ADD_REPORT("edit.step.addReport", "Add report"),
    ADD_MEMBER("edit.step.addMember", "Add team member"),

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
    TEXT_TOO_LONG("edit.refused.textTooLong", "A text can be at most {0,number,integer} characters long."),
    NO_TOOL("edit.refused.noTool", "There is no tool \"{0}\" in the catalogue."),
    NO_OBJECTIVE("edit.refused.noObjective", "There is no objective \"{0}\" in the charter."),
    NO_OBSTACLE("edit.refused.noObstacle", "There is no obstacle \"{0}\" in the charter."),
    NOT_ANSWERED("edit.refused.notAnswered",
            "The readiness test \"{0}\" has no answer yet; answer it before writing a note."),
    COST_RANGE("edit.refused.costRange", "A cost must be a number of at least 0, not {0}."),
    CAPABILITY_LISTED_TWICE("edit.refused.capabilityListedTwice", "\"{0}\" names capability \"{1}\" twice."),
    NO_DEPLOYMENT("edit.refused.noDeployment", "\"{0}\" is not deployed in region \"{1}\" in this scenario."),
    DEPLOYED_TWICE("edit.refused.deployedTwice", "\"{0}\" is deployed in region \"{1}\" in this scenario already;"
            + " a scenario has one deployment per tool and region."),
    SPAN_ORDER("edit.refused.spanOrder",
            "Phase \"{0}\" comes after phase \"{1}\"; a span of phases cannot start after it ends."),
    PERSON_ON_VACANCY("edit.refused.personOnVacancy", "\"{0}\" is an open or planned position with nobody in it"
            + " yet; make it filled before naming the person."),
    VACANCY_WITH_PERSON("edit.refused.vacancyWithPerson", "\"{0}\" names the person \"{1}\"; clear the person"
            + " before making the position open or planned."),
    PERSON_TOO_LONG("edit.refused.personTooLong", "A person can be named in at most {0,number,integer} characters."),
    CURRENCY_TOO_LONG("edit.refused.currencyTooLong", "A currency can be at most {0,number,integer} characters long."),
    FTE_CHANGE_OUTSIDE("edit.refused.fteChangeOutside", "Phase \"{1}\" is outside the phases of \"{0}\""
            + " (\"{2}\" to \"{3}\"); an FTE change falls within them."),
    FTE_CHANGE_TAKEN("edit.refused.fteChangeTaken", "\"{0}\" has an FTE change in phase \"{1}\" already."),
    FTE_CHANGE_ORDER("edit.refused.fteChangeOrder", "\"{0}\" lists its FTE change in phase \"{1}\" after a later"
            + " one; FTE changes go in phase order."),
    NO_FTE_CHANGE("edit.refused.noFteChange", "\"{0}\" has no FTE change in phase \"{1}\"."),
    NO_LETTER("edit.refused.noLetter", "\"{0}\" holds {2,choice,0#no letter|1#only 1 letter|1<only"
            + " {2,number,integer} letters} on capability \"{1}\"."),
    LETTER_OVERLAP("edit.refused.letterOverlap", "\"{0}\" would hold capability \"{1}\" twice in phase \"{2}\";"
            + " the letters of one capability may not share a phase."),
    LETTER_STARTS_LATE("edit.refused.letterStartsLate", "\"{0}\" ends in phase \"{1}\", so a letter from phase"
            + " \"{2}\" without an end of its own would start after it ends."),
    LETTER_ENDS_EARLY("edit.refused.letterEndsEarly", "\"{0}\" starts in phase \"{1}\", so a letter until phase"
            + " \"{2}\" without a start of its own would end before it starts."),
    NOT_A_HOLDER("edit.refused.notHolder",
            "\"{0}\" is a team; only roles and executives hold letters and serve on other teams."),
    NOT_TEAM_CARD("edit.refused.notTeamCard", "\"{0}\" is not a team."),
    OWN_TEAM("edit.refused.ownTeam",
            "\"{0}\" belongs to \"{1}\" already; list only the teams it serves on besides its own."),
    SERVES_ALREADY("edit.refused.servesAlready", "\"{0}\" serves on \"{1}\" already."),
    DOES_NOT_SERVE("edit.refused.doesNotServe", "\"{0}\" does not serve on \"{1}\"."),
    PHASE_MOVE_REORDERS("edit.refused.phaseMoveReorders", "Phase \"{0}\" cannot move there: the letters or FTE"
            + " changes of {1} would be out of order; change them first."),
    PHASE_MOVE_INVERTS_STACK("edit.refused.phaseMoveInvertsStack", "Phase \"{0}\" cannot move there:"
            + " {1,choice,1#1 tool deployment|1<{1,number,integer} tool deployments} would start after"
            + " {1,choice,1#it ends|1<they end}; change {1,choice,1#its|1<their} phases first."),

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
            "\"{0}\"{1,choice,0#|1# and 1 other card|1< and {1,number,integer} other cards}"),
    PART_HELD_BY_EXECUTIVES("edit.part.heldByExecutives", "{0,choice,1#1 executive|1<{0,number,integer} executives}"
            + " in {1,choice,1#1 scenario|1<{1,number,integer} scenarios} {0,choice,1#holds|1<hold} it"),
    PART_SERVED("edit.part.served", "{0,choice,1#tool|1<tools} {1} {0,choice,1#serves|1<serve} it"),
    PART_DEPLOYED("edit.part.deployed", "{0,choice,1#1 deployment|1<{0,number,integer} deployments} in "
            + "{1,choice,1#1 scenario|1<{1,number,integer} scenarios} {0,choice,1#uses|1<use} it"),
    PART_DEPLOYED_IN("edit.part.deployedIn", "{0,choice,1#1 tool deployment|1<{0,number,integer} tool deployments}"
            + " in {1,choice,1#1 scenario|1<{1,number,integer} scenarios} {0,choice,1#is|1<are} in it"),
    PART_CHANGING("edit.part.changing", "{0,choice,1#1 card|1<{0,number,integer} cards} in "
            + "{1,choice,1#1 scenario|1<{1,number,integer} scenarios} {0,choice,1#has|1<have} letters or FTE"
            + " changes tied to it"),
    PART_DEPLOYMENT_ACTIVE("edit.part.deploymentActive", "{0,choice,1#1 tool deployment|1<{0,number,integer} tool"
            + " deployments} in {1,choice,1#1 scenario|1<{1,number,integer} scenarios}"
            + " {0,choice,1#starts or ends|1<start or end} in it"),
    PART_OBJECTIVES("edit.part.objectives",
            "{0,choice,1#objective|1<objectives} {1} {0,choice,1#belongs|1<belong} to it"),
    MERGE("edit.step.merge", "Merge \u201C{0}\u201D"),
    PART_AND("edit.part.and", "{0}; {1}");

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
