package org.modesign.ui.canvas;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The branches a user collapsed, remembered per design file and scenario in the user's
 * {@link Preferences} (node {@code org/modesign/folds}), never in the design's file, so folding
 * makes no change to save and no diff. A key is a digest of the file and the scenario id; the value
 * the collapsed card ids, one a line. A set too long for a preference is not remembered.
 */
public final class FoldMemory {

    private final Preferences node;

    public FoldMemory(Preferences node) {
        this.node = node;
    }

    /** The memory of the current user. */
    static FoldMemory forUser() {
        return new FoldMemory(Preferences.userRoot().node("org/modesign/folds"));
    }

    /** The collapsed cards remembered for the design and scenario, or null when none were. */
    Set<String> recall(String design, String scenario) {
        String value = node.get(key(design, scenario), null);
        if (value == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>(Arrays.asList(value.split("\n")));
        ids.remove("");
        return ids;
    }

    void remember(String design, String scenario, Set<String> collapsed) {
        String value = String.join("\n", collapsed);
        if (value.length() > Preferences.MAX_VALUE_LENGTH) {
            node.remove(key(design, scenario));
        } else {
            node.put(key(design, scenario), value);
        }
        FLUSH.execute(() -> {
            try {
                node.flush();
            } catch (BackingStoreException | IllegalStateException e) {
                // The preferences keep the folds in memory and write them later; losing them is harmless.
            }
        });
    }

    /**
     * Writes the preferences to disk away from the JavaFX thread (a fold must not wait for the
     * disk); one thread, so that the writes keep their order.
     */
    private static final Executor FLUSH = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "fold-memory");
        thread.setDaemon(true);
        return thread;
    });

    private static String key(String design, String scenario) {
        String whole = design + "\u0000" + scenario;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(whole.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("f");
            for (int i = 0; i < 16; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            return "f" + Integer.toHexString(whole.hashCode());
        }
    }
}
