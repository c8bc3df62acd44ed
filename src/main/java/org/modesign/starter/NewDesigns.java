package org.modesign.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;

/**
 * The design a user starts from: the {@link StandardCatalogue} of the 22 marketing-operations tasks
 * of the 2020 MarTech career survey (domain.md, with the ids the bundled samples use), one phase that
 * requires nothing yet, and one centralized scenario holding a CEO and a CMO who reports to them.
 */
public final class NewDesigns {

    /** Where the first two cards sit: the CMO one row below the CEO. */
    private static final double CENTRE_X = 400;
    private static final double ROW_HEIGHT = 120;

    private NewDesigns() {
    }

    /** The 22 standard capabilities, in the survey's order (most often done first): {@link StandardCatalogue}. */
    public static List<Capability> standardCatalogue() {
        return StandardCatalogue.capabilities();
    }

    /**
     * A new design with the standard catalogue, one phase {@code p1} and one centralized scenario
     * {@code s1} holding executives {@code ceo} and {@code cmo}, with a solid line from the CMO to
     * the CEO. The names are given so that the editor can pass them in the user's language; the
     * catalogue is in English.
     */
    public static Design standard(String title, String phaseName, String scenarioName) {
        return standard(title, phaseName, scenarioName, Locale.ENGLISH);
    }

    /**
     * {@code design} with its first phase requiring the whole catalogue, so that a new design's
     * findings say from the start which capabilities nobody owns yet (a design that requires
     * nothing has no findings to show).
     */
    public static Design requiringCatalogue(Design design) {
        List<String> all = design.capabilities().stream().map(Capability::id).toList();
        List<Phase> phases = new ArrayList<>(design.phases());
        phases.set(0, phases.get(0).withRequires(all));
        return design.withPhases(phases);
    }

    /**
     * The same new design with the catalogue named in the language of {@code language}
     * ({@link StandardCatalogue#capabilities(Locale)}).
     */
    public static Design standard(String title, String phaseName, String scenarioName, Locale language) {
        Executive ceo = new Executive("ceo", Office.CEO, "CEO", CENTRE_X, 0);
        Executive cmo = new Executive("cmo", Office.CMO, "CMO", CENTRE_X, ROW_HEIGHT);
        Scenario scenario = new Scenario("s1", scenarioName, Strategy.CENTRALIZED, List.of(ceo, cmo),
                List.of(new Line(cmo.id(), ceo.id(), LineStyle.SOLID)));
        return new Design(title, "", Settings.DEFAULTS, List.of(), StandardCatalogue.capabilities(language),
                List.of(new Phase("p1", phaseName, List.of())), List.of(scenario));
    }
}
