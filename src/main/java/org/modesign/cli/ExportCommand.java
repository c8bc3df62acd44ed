package org.modesign.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.modesign.export.ExportFormat;
import org.modesign.export.ExportRequest;
import org.modesign.export.ExportResult;
import org.modesign.export.Exporter;
import org.modesign.export.Paper;
import org.modesign.model.Coded;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code modesign export FILE [--scenario ID] [--phase ID] --format FORMAT --out OUT [--scale 1|2]
 * [--paper a4|letter]}: a scenario's chart as PNG, SVG or PDF, or one of its tables as CSV.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a scenario's chart as a picture (png, svg, pdf), its martech stack as a picture "
                + "(stack-png, stack-svg, stack-pdf) or one of its tables as CSV "
                + "(roles-csv, raci-csv, findings-csv, metrics-csv, stack-csv, hiring-csv; UTF-8 with a byte order mark).",
            "A PDF is fitted to one landscape page when it reads well there, else split over several pages "
                    + "after an overview page."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .modesign file to export from.")
    Path file;

    @Option(names = "--scenario", paramLabel = "ID", description = "The scenario to export (default: the first).")
    String scenario;

    @Option(names = "--phase", paramLabel = "ID",
            description = "Export only what is active in this phase (default: all phases).")
    String phase;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "png | svg | pdf | stack-png | stack-svg | stack-pdf | roles-csv | raci-csv | findings-csv "
                    + "| metrics-csv | stack-csv | hiring-csv | hires-csv")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--scale", paramLabel = "1|2", defaultValue = "1",
            description = "Pixels per chart unit of a PNG (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", converter = PaperConverter.class,
            description = "The paper of a PDF, landscape (default: ${DEFAULT-VALUE}).")
    Paper paper;

    @Override
    public Integer call() {
        if (scale != 1 && scale != 2) {
            throw new ParameterException(spec.commandLine(), "--scale must be 1 or 2, not " + scale + ".");
        }
        Design design = DesignFiles.load(file);
        Scenario chosen = scenario == null ? design.scenarios().get(0) : DesignFiles.scenario(design, scenario, file);
        DesignFiles.requirePhase(design, phase, file);
        Phase shown = phase == null ? null : design.phase(phase).orElseThrow();
        ExportRequest request = new ExportRequest(format, design, chosen, shown, null, scale, paper);
        ExportResult result;
        try {
            result = new Exporter().export(request, out);
        } catch (IOException e) {
            throw new CliFailure("modesign: " + e.getMessage() + ".");
        }
        result.warnings().forEach(w -> spec.commandLine().getErr().println("modesign: " + w));
        spec.commandLine().getOut().println("Wrote " + out + ": " + what(result) + " of " + chosen.name() + ".");
        return Cli.OK;
    }

    private static String what(ExportResult result) {
        if (!result.format().isChart() && !result.format().isStack()) {
            return result.rows() == 1 ? "1 row" : result.rows() + " rows";
        }
        String picture = result.format().isStack() ? "the stack" : "the chart";
        if (result.format() == ExportFormat.PDF || result.format() == ExportFormat.STACK_PDF) {
            return result.pages() == 1 ? picture + " on 1 page" : picture + " on " + result.pages() + " pages";
        }
        return picture;
    }

    /** Reads {@code --format} by its codes ({@code roles-csv}). */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return Coded.parse(ExportFormat.class, value).orElseThrow(() -> new TypeConversionException(
                    "expected " + Coded.allCodes(ExportFormat.class) + ", not \"" + value + "\""));
        }
    }

    /** Reads {@code --paper} by its codes ({@code a4}). */
    static final class PaperConverter implements ITypeConverter<Paper> {
        @Override
        public Paper convert(String value) {
            return Coded.parse(Paper.class, value).orElseThrow(() -> new TypeConversionException(
                    "expected " + Coded.allCodes(Paper.class) + ", not \"" + value + "\""));
        }
    }
}
