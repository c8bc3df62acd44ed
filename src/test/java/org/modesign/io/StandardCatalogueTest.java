package org.modesign.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.modesign.model.Capability;

/** The 22 tasks of the survey with the share of MOps professionals doing each (domain.md). */
class StandardCatalogueTest {

    @Test
    void holdsTheTwentyTwoTasksMostOftenDoneFirst() {
        List<StandardCatalogue.Task> tasks = StandardCatalogue.tasks();
        assertEquals(22, tasks.size());
        for (int i = 1; i < tasks.size(); i++) {
            assertTrue(tasks.get(i - 1).sharePercent() >= tasks.get(i).sharePercent(), tasks.get(i).toString());
        }
        assertEquals(22, new HashSet<>(StandardCatalogue.capabilities().stream().map(Capability::id).toList()).size());
        assertEquals(tasks.stream().map(StandardCatalogue.Task::capability).toList(), StandardCatalogue.capabilities());
    }

    @Test
    void sharesAreTheSurveys() {
        assertEquals(OptionalDouble.of(84.5), StandardCatalogue.sharePercent("campaigns"));
        assertEquals(OptionalDouble.of(57.7), StandardCatalogue.sharePercent("data-quality"));
        assertEquals(OptionalDouble.of(8.5), StandardCatalogue.sharePercent("security-review"));
        assertEquals(OptionalDouble.empty(), StandardCatalogue.sharePercent("stack"));
    }

    @Test
    void newDesignsStartFromIt() {
        assertEquals(StandardCatalogue.capabilities(), NewDesigns.standardCatalogue());
    }
}
