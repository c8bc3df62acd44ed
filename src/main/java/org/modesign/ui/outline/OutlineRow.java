package org.modesign.ui.outline;

/** One row of the outline: card {@code card} (by scenario order), itself or {@code second}, a muted second entry. */
record OutlineRow(int card, boolean second) {
}
