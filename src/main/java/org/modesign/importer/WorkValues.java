package org.modesign.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modesign.importer.mapping.Employment;
import org.modesign.importer.mapping.Field;
import org.modesign.model.Role;

/**
 * Reads how a row's position is worked: its sourcing from the worker type (employees in-house,
 * contingent workers and contractors contractor, agency temps agency, secondments seconded), and
 * its FTE when the row has no FTE of its own: an FTE percentage, else for a part-time position its
 * weekly hours over {@value #FULL_WEEK} (half time without hours), else, when nothing says full- or
 * part-time, hours under a full week over {@value #FULL_WEEK}; else 1. Numbers may have a decimal
 * comma ("19,5"). Also keeps the row's location for its region.
 */
final class WorkValues {

    /** The hours of a full-time week. */
    static final double FULL_WEEK = 40;
    /** The FTE of a part-time position whose hours the file does not give. */
    static final double PART_TIME = 0.5;
    private static final double MAX_HOURS = 168;

    private final HeaderColumns header;
    private final Problems problems;
    /** The words of the sourcing and employment columns: a few, on many rows. */
    private final Map<String, Optional<Employment>> words = new HashMap<>();

    WorkValues(HeaderColumns header, Problems problems) {
        this.header = header;
        this.problems = problems;
    }

    /** Reads sourcing, FTE and location of {@code values} into {@code draft}; {@code fteGiven}: its FTE column had a value. */
    void parse(Draft draft, List<String> values, boolean fteGiven) {
        draft.location = header.value(values, Field.LOCATION);
        Boolean partTime = null;
        String sourcingText = header.value(values, Field.SOURCING);
        if (!sourcingText.isEmpty()) {
            Employment employment = employment(sourcingText);
            if (employment == null) {
                problems.add(draft, ImportMessage.UNKNOWN_SOURCING, Keys.shown(sourcingText));
            } else {
                draft.sourcing = employment.sourcing() != null ? employment.sourcing() : draft.sourcing;
                partTime = employment.partTime();
            }
        }
        String status = header.value(values, Field.EMPLOYMENT);
        if (!status.isEmpty()) {
            Employment employment = employment(status);
            if (employment == null) {
                problems.add(draft, ImportMessage.UNKNOWN_EMPLOYMENT, Keys.shown(status));
            } else {
                if (employment.sourcing() != null && sourcingText.isEmpty()) {
                    draft.sourcing = employment.sourcing();
                }
                partTime = employment.partTime() != null ? employment.partTime() : partTime;
            }
        }
        Double percent = number(draft, header.value(values, Field.FTE_PERCENT), ImportMessage.BAD_FTE, 100 * Role.MAX_FTE);
        Double hours = number(draft, header.value(values, Field.HOURS), ImportMessage.BAD_HOURS, MAX_HOURS);
        if (fteGiven) {
            return;
        }
        if (percent != null) {
            draft.fte = rounded(percent / 100);
        } else if (Boolean.TRUE.equals(partTime)) {
            draft.fte = hours != null ? rounded(Math.min(hours, FULL_WEEK) / FULL_WEEK) : PART_TIME;
        } else if (partTime == null && hours != null && hours < FULL_WEEK) {
            draft.fte = rounded(hours / FULL_WEEK);
        }
    }

    private Employment employment(String word) {
        return words.computeIfAbsent(word, w -> Optional.ofNullable(Employment.of(w))).orElse(null);
    }

    /** A number more than 0 and at most {@code max}, or null when empty; a problem when it is not one. */
    private Double number(Draft draft, String text, ImportMessage bad, double max) {
        if (text.isEmpty()) {
            return null;
        }
        String digits = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        double value = RowParser.decimal(digits);
        if (value > 0 && value <= max) {
            return value;
        }
        problems.add(draft, bad, Keys.shown(text));
        return null;
    }

    /** To a thousandth: 19.5 hours are 0.488 FTE. */
    private static double rounded(double fte) {
        return Math.max(0.001, Math.round(fte * 1000) / 1000.0);
    }
}
