package org.modesign.ui.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.modesign.analysis.CapabilityStatus;
import org.modesign.analysis.DesignIndex;
import org.modesign.analysis.RaciGrid;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.SlotStatus;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Team;
import org.modesign.ui.i18n.I18n;

/** The words the matrix shows: statuses, layers, groups, and the names of roles and cells. */
final class MatrixTexts {

    /** A status names up to this many regions, else counts them (the tooltip names them all). */
    private static final int MAX_REGIONS_NAMED = 2;

    private MatrixTexts() {
    }

    /**
     * "Unstaffed · APAC", or over all phases "Unstaffed · APAC in Foundation"; "Overlap · 3
     * regions" when more than two; "Checking…" while unknown. The phase comes last, since it is
     * the part to shorten when the column is too narrow.
     */
    static String status(CapabilityStatus status, Design design, boolean allPhases) {
        if (status == null) {
            return I18n.tr("matrix.status.pending");
        }
        String words = I18n.tr(statusKey(status.status()));
        if (!status.status().isProblem()) {
            return words;
        }
        List<String> regions = new ArrayList<>();
        for (String id : status.regions()) {
            if (!Region.GLOBAL.equals(id)) {
                regions.add(design.region(id).map(Region::name).orElse(id));
            }
        }
        if (!regions.isEmpty()) {
            words = I18n.tr("matrix.status.regions", words, regions.size() <= MAX_REGIONS_NAMED
                    ? String.join(", ", regions) : I18n.tr("matrix.status.manyRegions", regions.size()));
        }
        if (allPhases && status.phase() != null) {
            words = I18n.tr("matrix.status.inPhase", words,
                    design.phase(status.phase()).map(Phase::name).orElse(status.phase()));
        }
        return words;
    }

    /**
     * The longest status this design can show: the longest word, with the two longest region
     * names and (over all phases) the longest phase name; the status column is sized to it.
     */
    static String widestStatus(Design design, boolean allPhases) {
        List<String> regions = design.regions().stream().sorted(Comparator.comparingInt(
                (Region r) -> r.name().length()).reversed()).limit(MAX_REGIONS_NAMED).map(Region::id).toList();
        String phase = design.phases().stream().max(Comparator.comparingInt(p -> p.name().length()))
                .map(Phase::id).orElse(null);
        String widest = "";
        for (SlotStatus s : SlotStatus.values()) {
            String text = status(new CapabilityStatus(s, s.isProblem() ? phase : null,
                    s.isProblem() ? regions : List.of()), design, allPhases);
            widest = text.length() > widest.length() ? text : widest;
        }
        return widest;
    }

    private static String statusKey(SlotStatus status) {
        return switch (status) {
            case UNSTAFFED -> "matrix.status.unstaffed";
            case MISSING_ACCOUNTABLE -> "matrix.status.missingAccountable";
            case OVERLAPPING -> "matrix.status.overlapping";
            case STAFFED -> "matrix.status.staffed";
            case NOT_REQUIRED -> "matrix.status.notRequired";
        };
    }

    static String layer(Layer layer) {
        return switch (layer) {
            case PLATFORM -> I18n.tr("matrix.layer.platform");
            case EXPRESSION -> I18n.tr("matrix.layer.expression");
            case GOVERNANCE -> I18n.tr("matrix.layer.governance");
        };
    }

    /** "Martech CoE (12)", "No team (3)", "Global (40)". */
    static String group(RaciGrid.ColumnGroup group) {
        String name;
        if (group.id() == null) {
            name = I18n.tr("matrix.group.noTeam");
        } else if (Region.GLOBAL.equals(group.id()) && Region.GLOBAL.equals(group.name())) {
            name = I18n.tr("region.global");
        } else {
            name = group.name();
        }
        return I18n.tr("matrix.group", name, group.size());
    }

    /** "R — Responsible". */
    static String letter(Raci letter) {
        return I18n.tr("raci." + letter.code());
    }

    /** "Accountable", for the key to the letters. */
    static String letterMeaning(Raci letter) {
        return I18n.tr("matrix.meaning." + letter.code());
    }

    /** The heading of the names column. */
    static String nameHeading() {
        return I18n.tr("matrix.header.capability");
    }

    /** "Campaign manager 3 · Team EMEA · EMEA": the role's title, team and region. */
    static String role(RaciGrid grid, int column) {
        ScenarioIndex index = grid.index();
        int node = grid.node(column);
        int team = index.team(node);
        String teamName = team < 0 ? I18n.tr("matrix.group.noTeam") : ((Team) index.node(team)).name();
        int region = index.regionIndex(node);
        String regionName = region == DesignIndex.GLOBAL ? I18n.tr("region.global")
                : index.designIndex().regionName(region);
        return I18n.tr("matrix.role", grid.role(column).title(), teamName, regionName);
    }

    /** "Campaign manager 3 × Run campaigns: R — Responsible", or "…: no letter". */
    static String cell(RaciGrid grid, int row, int column) {
        return cell(grid, row, column, grid.role(column).title());
    }

    /** {@link #cell} naming the role with its team and region (see {@link #role}). */
    static String cellInFull(RaciGrid grid, int row, int column) {
        return cell(grid, row, column, role(grid, column));
    }

    private static String cell(RaciGrid grid, int row, int column, String role) {
        Raci letter = grid.letter(row, column);
        return I18n.tr("matrix.cell", role, grid.capability(row).name(),
                letter == null ? I18n.tr("matrix.cell.none") : letter(letter));
    }

    /** What a screen reader hears of a cell: "Campaign operations, Marketing ops manager: Responsible". */
    static String spoken(RaciGrid grid, int row, int column) {
        Raci letter = grid.letter(row, column);
        return I18n.tr("a11y.matrix.cell", grid.capability(row).name(), grid.role(column).title(),
                letter == null ? I18n.tr("matrix.cell.none") : letterMeaning(letter));
    }
}
