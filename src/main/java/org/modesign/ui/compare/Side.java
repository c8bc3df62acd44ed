package org.modesign.ui.compare;

/** The two scenarios of a comparison, each with its colour in the report. */
enum Side {
    A("compare-a"),
    B("compare-b");

    private final String styleClass;

    Side(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The style class that gives the side its colour. */
    String styleClass() {
        return styleClass;
    }
}
