package org.modesign.edit;

import org.modesign.model.Design;
import org.modesign.model.Obstacle;

/** An edit of one obstacle of the charter; it keeps its id and its place in the list. */
public interface ObstacleCommand extends EditCommand {

    /** The id of the obstacle this command edits. */
    String obstacle();

    /**
     * The obstacle after this edit.
     *
     * @throws EditRejected when the edit is impossible
     */
    Obstacle change(Obstacle obstacle);

    @Override
    default Design apply(Design design) {
        int index = Catalogue.obstacleIndex(design, obstacle());
        Obstacle before = design.charter().obstacles().get(index);
        Obstacle after = change(before);
        return after.equals(before) ? design : design.withCharter(design.charter().withObstacles(
                Catalogue.replaced(design.charter().obstacles(), index, after)));
    }
}
