package org.modesign.ui.file;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last {@value #CAPACITY} design files opened or saved, most recent first, kept in a
 * {@link RecentFilesStore} so that they survive a restart.
 */
public final class RecentFiles {

    /** How many files the list keeps. */
    public static final int CAPACITY = 10;

    private final RecentFilesStore store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** One read-only view, kept: a view listens to the list only weakly, so listeners need it alive. */
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** The list as {@code store} last kept it; entries that are not paths are dropped. */
    public RecentFiles(RecentFilesStore store) {
        this.store = store;
        List<Path> loaded = new ArrayList<>();
        for (String text : store.load()) {
            try {
                Path path = normalize(Path.of(text));
                if (!loaded.contains(path) && loaded.size() < CAPACITY) {
                    loaded.add(path);
                }
            } catch (InvalidPathException e) {
                // Stored by another system or damaged: not a file this machine can open.
            }
        }
        files.setAll(loaded);
    }

    /** The files, most recent first (read only; observe it to follow changes). */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} first, dropping an earlier entry for it and the oldest beyond the capacity. */
    public void add(Path file) {
        Path path = normalize(file);
        List<Path> updated = new ArrayList<>(files);
        updated.remove(path);
        updated.add(0, path);
        if (updated.size() > CAPACITY) {
            updated.subList(CAPACITY, updated.size()).clear();
        }
        update(updated);
    }

    /** Forgets {@code file}. */
    public void remove(Path file) {
        List<Path> updated = new ArrayList<>(files);
        if (updated.remove(normalize(file))) {
            update(updated);
        }
    }

    /** Forgets every file. */
    public void clear() {
        update(List.of());
    }

    private void update(List<Path> updated) {
        files.setAll(updated);
        store.store(updated.stream().map(Path::toString).toList());
    }

    private static Path normalize(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
