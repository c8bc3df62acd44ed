package org.modesign.export;

import java.util.Objects;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;

/**
 * What to export: a scenario of a design in a format, optionally at one phase (then only what is
 * active in it) and, for the chart, optionally only some nodes.
 *
 * @param phase   the phase, or {@code null} for all phases at once
 * @param nodeIds the ids of the nodes to draw (and the lines among them), or {@code null} for
 *                the whole chart; tables ignore it
 * @param scale   pixels per chart unit of a PNG: 1 or 2
 * @param paper   the paper of a PDF
 * @param folds   the folded branches the chart shows (as the editor shows them); tables ignore it
 */
public record ExportRequest(ExportFormat format, Design design, Scenario scenario, Phase phase, Set<String> nodeIds,
        int scale, Paper paper, ExportFolds folds) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(folds, "folds");
        if (scale != 1 && scale != 2) {
            throw new IllegalArgumentException("the scale must be 1 or 2, not " + scale);
        }
        nodeIds = nodeIds == null ? null : Set.copyOf(nodeIds);
    }

    /** A request with every branch expanded. */
    public ExportRequest(ExportFormat format, Design design, Scenario scenario, Phase phase, Set<String> nodeIds,
            int scale, Paper paper) {
        this(format, design, scenario, phase, nodeIds, scale, paper, ExportFolds.NONE);
    }

    /** The whole of {@code scenario} over all phases, at 1× scale, on A4. */
    public static ExportRequest of(ExportFormat format, Design design, Scenario scenario) {
        return new ExportRequest(format, design, scenario, null, null, 1, Paper.A4);
    }

    public ExportRequest atPhase(Phase newPhase) {
        return new ExportRequest(format, design, scenario, newPhase, nodeIds, scale, paper, folds);
    }

    public ExportRequest onlyNodes(Set<String> ids) {
        return new ExportRequest(format, design, scenario, phase, ids, scale, paper, folds);
    }

    public ExportRequest withScale(int newScale) {
        return new ExportRequest(format, design, scenario, phase, nodeIds, newScale, paper, folds);
    }

    public ExportRequest withPaper(Paper newPaper) {
        return new ExportRequest(format, design, scenario, phase, nodeIds, scale, newPaper, folds);
    }

    public ExportRequest withFormat(ExportFormat newFormat) {
        return new ExportRequest(newFormat, design, scenario, phase, nodeIds, scale, paper, folds);
    }

    /** This request with {@code newFolds} folded. */
    public ExportRequest withFolds(ExportFolds newFolds) {
        return new ExportRequest(format, design, scenario, phase, nodeIds, scale, paper, newFolds);
    }
}
