package org.modesign.merge;

import org.modesign.model.Node;

/**
 * A node: compared and merged field by field when it is of one kind on every side; a node whose
 * kind changed (a role that became a team under the same id) is another node: removed and added
 * in the diff, one value in the merge.
 */
final class NodePart extends Part<Node> {

    @Override
    void diff(Loc at, Node a, Node b, Differences out) {
        if (Same.nodes(a, b)) {
            return;
        }
        if (a.getClass() == b.getClass()) {
            NodeSchema.of(a).diff(at, a, b, out);
        } else {
            out.removed(at, a);
            out.added(at, b);
        }
    }

    @Override
    Node merge(Loc at, Node base, Node ours, Node theirs, Conflicts out) {
        if (Same.nodes(ours, theirs) || Same.nodes(theirs, base)) {
            return ours;
        }
        if (Same.nodes(ours, base)) {
            return theirs;
        }
        if (base.getClass() == ours.getClass() && ours.getClass() == theirs.getClass()) {
            return NodeSchema.of(ours).merge(at, base, ours, theirs, out);
        }
        return Atom.mergeWhole(at, base, ours, theirs, out);
    }

    @Override
    Node bothAdded(Loc at, Node ours, Node theirs, Conflicts out) {
        if (ours.getClass() == theirs.getClass()) {
            return NodeSchema.of(ours).bothAdded(at, ours, theirs, out);
        }
        return out.values(at, ours, theirs) ? theirs : ours;
    }

    @Override
    void facts(String prefix, String name, Node value, Facts out) {
        NodeSchema.of(value).facts(prefix, name, value, out);
    }
}
