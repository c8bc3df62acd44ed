package org.modesign.app;

/** Opens the editor; kept apart from {@link Launcher} so the command line never loads JavaFX. */
final class EditorLauncher {

    private EditorLauncher() {
    }

    static void open(String file) {
        MOdesignApp.launch(file);
    }
}
