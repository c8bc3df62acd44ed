package org.modesign.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Tool;

/**
 * Makes a valid design of a given size for benchmarks and tests at scale, the same for the same
 * seed. Each scenario has five executives, teams of six roles in a tree of four teams per team
 * (so spans stay within ten), a few dotted lines to IT, and roles of every archetype, sourcing
 * and phase range with one to three responsibilities. With tools, each scenario gets a stack
 * ({@link StackGenerator}); with {@code v2}, the other plan fields ({@link PlanGenerator}). Both
 * draw from random numbers of their own, so the v1 part of a design is the same for a seed
 * whatever they add.
 */
public final class DesignGenerator {

    private static final String[] REGION_NAMES = {
        "Americas", "EMEA", "APAC", "LATAM", "Greater China", "Japan", "ANZ", "India", "DACH", "Nordics"
    };

    private DesignGenerator() {
    }

    public static Design generate(GeneratorSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<Region> regions = regions(spec.regions());
        List<Capability> capabilities = capabilities(spec.capabilities(), random);
        List<Phase> phases = phases(spec.phases(), capabilities);
        List<Scenario> scenarios = new ArrayList<>();
        for (int s = 0; s < spec.scenarios(); s++) {
            Strategy strategy = s % 2 == 0 ? Strategy.CENTRALIZED : Strategy.LOCAL_EXPRESSION;
            String name = (s % 2 == 0 ? "Centralized CoE" : "Central platform, local expression")
                    + (s >= 2 ? " " + (s / 2 + 1) : "");
            ScenarioBuilder builder = new ScenarioBuilder(spec, random.split(), regions, capabilities, phases,
                    strategy);
            scenarios.add(builder.build("s" + (s + 1), name));
        }
        Design design = new Design("Generated: " + spec.roles() + " roles, " + spec.regions() + " regions, "
                + spec.phases() + " phases", "Generated with seed " + spec.seed() + ".", Settings.DEFAULTS,
                regions, capabilities, phases, scenarios);
        return withPlan(design, spec);
    }

    private static Design withPlan(Design design, GeneratorSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0x5DEECE66DL);
        Design d = design;
        if (spec.tools() > 0) {
            List<Tool> tools = StackGenerator.tools(spec.tools(), d.capabilities(), random);
            List<Scenario> stacked = new ArrayList<>();
            for (Scenario s : d.scenarios()) {
                stacked.add(StackGenerator.withStack(s, tools, d.regions(), d.phases(), random.split()));
            }
            d = d.withTools(tools).withScenarios(stacked);
        }
        if (spec.v2()) {
            List<Scenario> planned = new ArrayList<>();
            String first = d.capabilities().get(0).id();
            for (Scenario s : d.scenarios()) {
                planned.add(PlanGenerator.scenario(s, d.phases(), first, random.split()));
            }
            d = d.withSettings(PlanGenerator.settings(d.settings())).withCharter(PlanGenerator.charter(d.phases()))
                    .withCapabilities(PlanGenerator.capabilities(d.capabilities()))
                    .withPhases(PlanGenerator.phases(d.phases())).withScenarios(planned);
        }
        return d;
    }

    private static List<Region> regions(int count) {
        List<Region> regions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = i < REGION_NAMES.length ? REGION_NAMES[i] : "Region " + (i + 1);
            regions.add(new Region("r" + (i + 1), name));
        }
        return regions;
    }

    private static List<Capability> capabilities(int count, SplittableRandom random) {
        List<Capability> list = new ArrayList<>(count);
        Layer[] layers = Layer.values();
        Archetype[] archetypes = Archetype.values();
        for (int i = 0; i < count; i++) {
            Layer layer = layers[random.nextInt(layers.length)];
            Scope scope = layer == Layer.EXPRESSION ? Scope.PER_REGION : Scope.GLOBAL;
            list.add(new Capability(String.format("cap-%03d", i + 1), "Capability " + (i + 1), layer, scope,
                    archetypes[random.nextInt(archetypes.length)]));
        }
        return list;
    }

    /** Phase k requires the first (k+1)/phases of the catalogue, so needs grow phase by phase. */
    private static List<Phase> phases(int count, List<Capability> capabilities) {
        List<Phase> list = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int required = (int) Math.ceil(capabilities.size() * (k + 1) / (double) count);
            List<String> ids = capabilities.subList(0, required).stream().map(Capability::id).toList();
            list.add(new Phase("p" + (k + 1), "Phase " + (k + 1), ids));
        }
        return list;
    }
}
