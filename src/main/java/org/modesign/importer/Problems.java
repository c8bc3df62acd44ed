package org.modesign.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The row problems of one import, collected as the steps find them and listed by line. */
final class Problems {

    private final List<RowProblem> found = new ArrayList<>();

    /** Records why {@code row} cannot be imported and keeps it out. */
    void add(Draft row, ImportMessage message, Object... args) {
        row.rejected = true;
        found.add(new RowProblem(row.line, ImportText.of(message, args)));
    }

    /** Every problem, by line, in the order found within a line. */
    List<RowProblem> byLine() {
        List<RowProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(RowProblem::line));
        return List.copyOf(sorted);
    }
}
