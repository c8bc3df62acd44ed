package org.modesign.render;

/**
 * What a card counts, by node number of the scene: a team's members and their FTE, and the tools a card owns. A scene counts
 * them over all phases ({@link ChartScene#teamFigures()}); the editor hands in those of the phase
 * shown through {@link PaintOptions#teams()}.
 */
public interface TeamFigures {

    /** How many cards are in the team or also serve on it; 0 for other cards. */
    int members(int index);

    /** The FTE of those roles; 0 for other cards. */
    double fte(int index);

    /** How many tools of the stack the card owns (any card may own some); 0 unless told. */
    default int tools(int index) {
        return 0;
    }
}
