package org.modesign.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modesign.importer.mapping.Locations;

/**
 * The location table of {@code import-csv}: the default one, with the pairs of {@code --locations FILE}
 * (a line "PLACE,REGION" each; "#" starts a comment; a first line "location,region" is a header) and
 * then of each {@code --location "PLACE=REGION,..."} over it.
 */
final class LocationOptions {

    private static final String NAME = "modesign import-csv: ";

    private LocationOptions() {
    }

    static Locations table(List<String> pairs, Path file) {
        Locations table = Locations.defaults();
        if (file != null) {
            table = fromFile(table, file);
        }
        for (String list : pairs) {
            for (String pair : list.split(",")) {
                if (!pair.isBlank()) {
                    table = with(table, pair, '=', "--location");
                }
            }
        }
        return table;
    }

    private static Locations fromFile(Locations table, Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(NAME + "cannot read --locations " + file + ": " + e.getMessage());
        }
        Locations result = table;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            boolean header = i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("location");
            if (!line.isEmpty() && !line.startsWith("#") && !header) {
                result = with(result, line, line.indexOf(',') >= 0 ? ',' : ';', file + ":" + (i + 1));
            }
        }
        return result;
    }

    private static Locations with(Locations table, String pair, char separator, String where) {
        int at = pair.lastIndexOf(separator);
        String place = at < 0 ? "" : pair.substring(0, at).replace("\"", "").strip();
        String region = at < 0 ? "" : pair.substring(at + 1).replace("\"", "").strip();
        if (place.isEmpty() || region.isEmpty()) {
            throw new CliFailure(NAME + where + ": \"" + pair.strip() + "\" is not PLACE" + separator + "REGION");
        }
        return table.with(place, region);
    }
}
