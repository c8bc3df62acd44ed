package org.modesign.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where to look for a font with Chinese (and Japanese and Korean) characters for PDF text: the
 * usual fonts of Linux, Windows and macOS, in order of preference. Only a list of candidate
 * files; {@link PdfFonts} loads the first that PDFBox can embed (OpenType fonts with PostScript
 * outlines, such as the .ttc files of Noto Sans CJK, it cannot, and are passed over).
 */
final class CjkFonts {

    /** Name fragments of CJK fonts (lower case, no spaces), best first. */
    private static final List<String> NAMES = List.of(
            "notosanscjk", "notosanssc", "sourcehansans", "wqy-zenhei", "wqy-microhei", "wenquanyi",
            "droidsansfallback", "uming", "ukai", "msyh", "simhei", "simsun", "pingfang", "stheiti", "hiragino",
            "notoserifcjk", "sourcehanserif");

    /** Well-known font folders of Linux, Windows and macOS (and the user's own on Linux). */
    private static final List<Path> FOLDERS = folders();

    /** How deep below a font folder to look (Debian: /usr/share/fonts/truetype/wqy/x.ttc). */
    private static final int DEPTH = 4;

    /** The fonts of the system's folders, looked for once per run. */
    static final CjkFonts SYSTEM = new CjkFonts(FOLDERS);

    private final List<Path> folders;
    private List<Path> found;

    /** Candidates from {@code folders} only (none: no CJK font, for tests). */
    CjkFonts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The font files whose names look like a CJK font's, best first; empty when there are none. */
    synchronized List<Path> candidates() {
        if (found == null) {
            found = List.copyOf(search());
        }
        return found;
    }

    private List<Path> search() {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, DEPTH)) {
                walk.filter(CjkFonts::looksCjk).forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                // An unreadable folder holds no usable font; look in the others.
            }
        }
        files.sort(Comparator.comparingInt(CjkFonts::rank).thenComparing(Path::toString));
        return files;
    }

    private static boolean looksCjk(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf")) && rank(file) < NAMES.size();
    }

    private static int rank(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        for (int i = 0; i < NAMES.size(); i++) {
            if (name.contains(NAMES.get(i))) {
                return i;
            }
        }
        return NAMES.size();
    }

    private static List<Path> folders() {
        String home = System.getProperty("user.home", "");
        return List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), Path.of(home, ".fonts"),
                Path.of(home, ".local/share/fonts"), Path.of("C:/Windows/Fonts"), Path.of("/System/Library/Fonts"),
                Path.of("/Library/Fonts"), Path.of(home, "Library/Fonts"));
    }
}
