package org.modesign.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.modesign.analysis.CapabilityPlacement.Held;
import org.modesign.analysis.Delta;
import org.modesign.analysis.FindingCounts;
import org.modesign.analysis.PlacementRow;
import org.modesign.analysis.ScenarioProfile;
import org.modesign.analysis.SideBySide;
import org.modesign.format.AtomicSave;

/**
 * A comparison of two scenarios as a spreadsheet: one row per value, with the columns
 * {@code section, phase, item, a, b, difference}. First the designs and scenarios, then per phase
 * its name, every metric of format.md §4 (maps spelled out as {@code fteByArchetype.maker}, the
 * difference {@code b - a}), the finding counts by severity and where each capability is held
 * ({@code layer.capability}; the difference says {@code changed}), then the role titles only in A
 * and only in B. Numbers are written as the command line writes them; an empty cell is a value
 * missing on that side.
 */
public final class ComparisonCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader("section", "phase", "item", "a", "b", "difference").get();
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ComparisonCsv() {
    }

    /** The CSV text (records end with CRLF; no byte order mark). */
    public static String text(SideBySide comparison) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            new Rows(csv, comparison).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the CSV to {@code file} atomically, in UTF-8 with a byte order mark (for spreadsheets). */
    public static void save(SideBySide comparison, Path file) throws IOException {
        AtomicSave.write(file, (BYTE_ORDER_MARK + text(comparison)).getBytes(StandardCharsets.UTF_8));
    }

    /** The rows of one comparison. */
    private record Rows(CSVPrinter csv, SideBySide s) {

        void write() throws IOException {
            both("design", "", "title", p -> p.design().title());
            both("scenario", "", "id", p -> p.scenario().id());
            both("scenario", "", "name", p -> p.scenario().name());
            both("scenario", "", "strategy", p -> p.scenario().strategy().code());
            for (String phase : s.phases()) {
                both("phase", phase, "name", p -> p.design().phase(phase).map(x -> x.name()).orElse(null));
                for (Delta d : s.comparison().values(phase)) {
                    Double difference = d.difference();
                    row("metric", phase, d.metric(), number(d.a()), number(d.b()),
                            difference == null ? "" : Decimals.text(difference));
                }
                findings(phase);
                for (PlacementRow r : s.placement(phase)) {
                    row("placement", phase, r.layer().code() + "." + r.capability(), placement(r.a()),
                            placement(r.b()), r.differs() ? "changed" : "");
                }
            }
            titles("only-in-a", s.comparison().onlyInA());
            titles("only-in-b", s.comparison().onlyInB());
        }

        private void findings(String phase) throws IOException {
            FindingCounts a = s.a().findings(phase);
            FindingCounts b = s.b().findings(phase);
            count(phase, "errors", a == null ? null : a.errors(), b == null ? null : b.errors());
            count(phase, "warnings", a == null ? null : a.warnings(), b == null ? null : b.warnings());
            count(phase, "infos", a == null ? null : a.infos(), b == null ? null : b.infos());
        }

        private void count(String phase, String item, Integer a, Integer b) throws IOException {
            row("findings", phase, item, number(a), number(b), a == null || b == null ? "" : Decimals.text(b - a));
        }

        private void both(String section, String phase, String item, Function<ScenarioProfile, String> value)
                throws IOException {
            row(section, phase, item, value.apply(s.a()), value.apply(s.b()), "");
        }

        private void titles(String section, List<String> titles) throws IOException {
            for (String title : titles) {
                row(section, "", title, "", "", "");
            }
        }

        private void row(String section, String phase, String item, String a, String b, String difference)
                throws IOException {
            csv.printRecord(section, phase, item, a == null ? "" : a, b == null ? "" : b, difference);
        }
    }

    private static String number(Object value) {
        return value == null ? "" : Decimals.text(value);
    }

    /** {@code central}, {@code per region (emea, apac)}, {@code central and per region (emea)} or {@code not held}. */
    static String placement(Held held) {
        if (held == null) {
            return "";
        }
        String regions = "per region (" + String.join(", ", held.regions()) + ")";
        return switch (held.where()) {
            case CENTRAL -> "central";
            case PER_REGION -> held.central() ? "central and " + regions : regions;
            case NOWHERE -> "not held";
        };
    }
}
