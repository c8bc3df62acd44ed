package org.modesign.export;

import org.modesign.model.Scenario;

/**
 * The header of every exported picture: the design's title, then the scenario's name, the phase's
 * name (or "All phases") and, for a selection, how many cards it holds.
 */
record SheetTitle(String title, String subtitle) {

    private static final String SEPARATOR = " \u00b7 ";

    /** The header for {@code request}, whose chart shows {@code shown}. */
    static SheetTitle of(ExportRequest request, Scenario shown, ExportLabels labels) {
        StringBuilder subtitle = new StringBuilder(request.scenario().name()).append(SEPARATOR)
                .append(request.phase() == null ? labels.allPhases() : request.phase().name());
        if (request.nodeIds() != null) {
            subtitle.append(SEPARATOR).append(labels.selection(shown.nodes().size()));
        }
        return new SheetTitle(request.design().title(), subtitle.toString());
    }
}
