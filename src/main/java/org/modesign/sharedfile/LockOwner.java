package org.modesign.sharedfile;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who holds a design open: the user's name, the computer, the process and since when. Written in a
 * lock file as one line of comma-separated fields ended by a semicolon, as LibreOffice writes its
 * {@code .~lock.NAME#} files: {@code user,host,pid,2026-12-07T02:30:00Z;} (commas, semicolons and
 * backslashes in a field are escaped with a backslash).
 */
public record LockOwner(String user, String host, long pid, Instant since) {

    /** The lock file's content. */
    public String toLine() {
        return escape(user) + "," + escape(host) + "," + pid + "," + since + ";";
    }

    /** The owner a lock file's content names; empty when it is not such a line. */
    public static Optional<LockOwner> parse(String content) {
        List<String> fields = fields(content.strip());
        if (fields.size() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LockOwner(fields.get(0), fields.get(1), Long.parseLong(fields.get(2)),
                    Instant.parse(fields.get(3))));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether this is the same process on the same computer as {@code other}. */
    public boolean sameProcess(LockOwner other) {
        return pid == other.pid && host.equalsIgnoreCase(other.host);
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\n", " ").replace("\r", " ");
    }

    /** The fields of a line up to its closing semicolon; a line without one has no fields. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == ';') {
                fields.add(field.toString());
                return i == line.length() - 1 ? fields : List.of();
            } else {
                field.append(c);
            }
        }
        return List.of();
    }
}
