package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.plan.PlanFixtures;

/** The stack and hiring tables of format v2: a row per phase and active entry or role. */
class PlanTablesTest {

    private final Design design = PlanFixtures.design().withSettings(PlanFixtures.design().settings()
            .withCurrency("USD").withCostPerFte(Archetype.MODELER, 120_000));

    @Test
    void stackHasARowPerPhaseAndActiveEntry() {
        List<List<String>> rows = Csv.read(render(ExportFormat.STACK_CSV, null));
        assertEquals(StackCsv.HEADER, rows.get(0));
        assertEquals(List.of("p1", "mkto", "Marketo Engage", "advertising", "platform", "global", "lead", "Campaign lead",
                "", "", "0"), rows.get(1));
        assertEquals(List.of("p1", "mailer", "Mailchimp", "advertising", "platform", "emea", "", "", "", "p1", "0"),
                rows.get(2));
        assertEquals(List.of("p1", "p1", "p2", "p2", "p3", "p3"), rows.subList(1, rows.size()).stream()
                .map(r -> r.get(0)).toList(), "mailer ends at p1, the CDP starts at p2");
        List<List<String>> p2 = Csv.read(render(ExportFormat.STACK_CSV, design.phase("p2").orElseThrow()));
        assertEquals(List.of("mkto", "cdp"), p2.subList(1, p2.size()).stream().map(r -> r.get(1)).toList());
    }

    @Test
    void hiringHasEveryActiveRoleWithStaffingFteAndCostInThePhase() {
        List<List<String>> rows = Csv.read(render(ExportFormat.HIRING_CSV, design.phase("p3").orElseThrow()));
        assertEquals(HiringCsv.HEADER, rows.get(0));
        assertEquals(List.of("p3", "lead", "Campaign lead", "", "global", "filled", "1", "0"), rows.get(1));
        assertEquals(List.of("p3", "spec", "EMEA campaign specialist", "", "emea", "planned", "1", "0"), rows.get(2));
        assertEquals(List.of("p3", "analyst", "Analyst", "", "global", "filled", "0.5", "60000"), rows.get(3),
                "FTE in phase times the archetype's cost per FTE");
        assertEquals(List.of("p3", "open", "Ops manager", "", "global", "open", "1", "0"), rows.get(4));
        assertEquals(5, rows.size(), "the business unit's marketer ended with its team at p2");
    }

    @Test
    void hiresHaveARowPerOpenOrPlannedRoleAtThePhaseItIsHiredIn() {
        Design costed = design.withSettings(design.settings().withCostPerFte(Archetype.MARKETER, 90_000));
        List<List<String>> rows = Csv.read(new Exporter().render(ExportRequest.of(ExportFormat.HIRES_CSV, costed,
                costed.scenarios().get(0)), ExportProgress.NONE).bytes());
        assertEquals(HiringCsv.HEADER, rows.get(0));
        assertEquals(List.of(List.of("p1", "open", "Ops manager", "", "global", "open", "1", "0"),
                List.of("p2", "spec", "EMEA campaign specialist", "", "emea", "planned", "1", "90000")),
                rows.subList(1, rows.size()), "the open role from the first phase, the planned one at its from");
        List<List<String>> p2 = Csv.read(render(ExportFormat.HIRES_CSV, design.phase("p2").orElseThrow()));
        assertEquals(List.of("spec"), p2.subList(1, p2.size()).stream().map(r -> r.get(1)).toList());
    }

    private byte[] render(ExportFormat format, Phase phase) {
        return new Exporter().render(ExportRequest.of(format, design, design.scenarios().get(0)).atPhase(phase),
                ExportProgress.NONE).bytes();
    }
}
