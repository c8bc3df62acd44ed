package org.modesign.cli;

import picocli.CommandLine.Command;

/** The top-level {@code modesign} command: only sub-commands do work. */
@Command(
        name = "modesign",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Design marketing-operations organisations.",
            "With no command (or with a FILE) MOdesign opens the editor; a command runs headless."
        },
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            ValidateCommand.class,
            MetricsCommand.class,
            CompareCommand.class,
            GenerateCommand.class,
            ExportCommand.class,
            ImportCsvCommand.class,
            PlanCommand.class,
            DiffCommand.class,
            ShowCommand.class,
            MergeCommand.class,
            ReportCommand.class,
            picocli.CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 no error finding (generate, export, report: written; diff: the same; merge: no conflict),",
            "            1 at least one error finding (diff: they differ; merge: conflicts, each kept ours),",
            "            2 unreadable file, unwritable output or wrong arguments."
        })
final class ModesignCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
