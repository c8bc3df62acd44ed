package org.modesign.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option that validate, metrics and compare share. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    boolean json() {
        return format == OutputFormat.json;
    }
}
