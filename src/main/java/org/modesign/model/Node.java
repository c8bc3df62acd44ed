package org.modesign.model;

/**
 * A node on a scenario's chart: an {@link Executive}, a {@link Team} or a {@link Role}. Ids are
 * unique within the scenario across all three kinds.
 */
public sealed interface Node permits Executive, Team, Role {

    String id();

    NodeType type();

    /** What a person reads on the card: an executive's or role's title, a team's name. */
    String label();

    double x();

    double y();

    /** The same node at another position. */
    Node withPosition(double newX, double newY);

    /** The same node under another id (for paste and duplicate). */
    Node withId(String newId);
}
