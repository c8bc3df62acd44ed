package org.modesign.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.modesign.export.ExportProgress;
import org.modesign.model.Coded;
import org.modesign.model.Design;
import org.modesign.report.PlanReportExport;
import org.modesign.report.ReportFormat;
import org.modesign.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code modesign report FILE [--format pdf|html] [--out OUT] [--scenario ID] [--language en|zh-CN|zh-TW]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the plan report for leadership, as PDF or as one HTML file: a cover with the title, "
                + "mission and readiness; the contents; the charter; per scenario the budget by phase and, per phase, "
                + "its goal and objectives, key figures, the chart at that phase, hires, tool changes and the findings "
                + "that remain; then the comparison of the scenarios.",
            "The report speaks the design's language (English, or Chinese when the design is written in Chinese). "
                    + "A chart too large to read on a page is shown by its top levels and a table of its teams."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .modesign file to report on.")
    Path file;

    @Option(names = "--format", paramLabel = "pdf|html", converter = FormatConverter.class,
            description = "pdf | html (default: as the name given to --out says, else pdf).")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "OUT",
            description = "The file to write, replaced if it exists (default: FILE with .pdf or .html instead of .modesign).")
    Path out;

    @Option(names = "--scenario", paramLabel = "ID", description = "Report only this scenario (default: all).")
    String scenario;

    @Option(names = "--language", paramLabel = "en|zh-CN|zh-TW", converter = LanguageConverter.class,
            description = "The report's language (default: the design's own).")
    Language language;

    @Override
    public Integer call() {
        ReportFormat chosen = format();
        Path target = out != null ? out : defaultOut(chosen);
        Design design = DesignFiles.load(file);
        List<org.modesign.model.Scenario> scenarios = scenario == null ? List.of()
                : DesignFiles.scenarios(design, scenario, file);
        PlanReportExport.Result result;
        try {
            result = PlanReportExport.write(design, scenarios, language, chosen, target, ExportProgress.NONE);
        } catch (IOException e) {
            throw new CliFailure("modesign: cannot write " + target + ": " + e.getMessage() + ".");
        }
        result.warnings().forEach(w -> spec.commandLine().getErr().println("modesign: " + w));
        String what = chosen == ReportFormat.PDF
                ? (result.pages() == 1 ? "1 page" : result.pages() + " pages") : "one HTML file";
        spec.commandLine().getOut().println("Wrote " + target + ": the plan report, " + what + ".");
        return Cli.OK;
    }

    /** The format asked for, which must agree with the name of {@code --out} when both are given. */
    private ReportFormat format() {
        ReportFormat byName = out == null ? null : ReportFormat.ofFileName(out.getFileName().toString());
        if (format != null && byName != null && format != byName) {
            throw new ParameterException(spec.commandLine(), "--format " + format.code() + " does not match --out "
                    + out + "; name the file ." + format.code() + " or leave --format out.");
        }
        return format != null ? format : byName != null ? byName : ReportFormat.PDF;
    }

    private Path defaultOut(ReportFormat chosen) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path parent = file.toAbsolutePath().getParent();
        return parent.resolve(base + "." + chosen.code());
    }

    /** Reads {@code --format} by its codes. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return Coded.parse(ReportFormat.class, value).orElseThrow(() -> new TypeConversionException(
                    "expected " + Coded.allCodes(ReportFormat.class) + ", not \"" + value + "\""));
        }
    }

    /** Reads {@code --language} by its tags. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.forTag(value).orElseThrow(() -> new TypeConversionException(
                    "expected en, zh-CN or zh-TW, not \"" + value + "\""));
        }
    }
}
