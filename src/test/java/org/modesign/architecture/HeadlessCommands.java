package org.modesign.architecture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.modesign.cli.Cli;

/**
 * Runs command lines the way the launcher does, one after another in this JVM, and prints each
 * one's exit code ({@code exit N: ARGS}). Arguments are command lines separated by {@code ";"}.
 * {@link HeadlessCliTest} starts it in a JVM of its own, headless and without a display.
 */
public final class HeadlessCommands {

    private HeadlessCommands() {
    }

    public static void main(String[] args) {
        int start = 0;
        for (int k = 0; k <= args.length; k++) {
            if (k == args.length || args[k].equals(";")) {
                String[] command = Arrays.copyOfRange(args, start, k);
                if (command.length == 0) {
                    start = k + 1;
                    continue;
                }
                if (!Cli.isCommand(command)) {
                    System.out.println("not a command: " + String.join(" ", command));
                } else {
                    int exit = Cli.run(command, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
                    System.out.println("exit " + exit + ": " + String.join(" ", command));
                }
                start = k + 1;
            }
        }
    }
}
