package org.modesign.app;

/** Entry point: runs a command headless when one is given, else opens the editor. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(org.modesign.cli.Cli.run(args));
    }
}
