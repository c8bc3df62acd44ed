package org.modesign.ui.file;

import java.nio.file.Path;
import java.util.Locale;
import org.modesign.ui.i18n.I18n;

/** File names the editor suggests and completes, for designs and exports alike. */
public final class FileNames {

    private static final int MAX_NAME_LENGTH = 100;

    private FileNames() {
    }

    /** {@code file}, with {@code extension} (".pdf") added when its name does not end with it, in any case. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(extension.toLowerCase(Locale.ROOT))) {
            return file;
        }
        return file.resolveSibling(name + extension);
    }

    /**
     * A file name without extension made from {@code text} (a design's title): characters no file
     * system accepts become "-", at most 100 characters; "design" when nothing usable is left.
     */
    public static String fromTitle(String text) {
        String name = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH)).strip();
        }
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = I18n.tr("file.defaultName");
        }
        return name;
    }
}
