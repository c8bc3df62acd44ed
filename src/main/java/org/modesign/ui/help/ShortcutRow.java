package org.modesign.ui.help;

/** A line of the shortcuts sheet: where the command is (a menu, or the chart), what it does, and its keys. */
public record ShortcutRow(String group, String command, String keys) {
}
