package org.modesign.cli;

/** How a command prints its result. */
enum OutputFormat {
    text,
    json
}
