package org.modesign.ui.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.importer.mapping.MappingSpec;

/**
 * The column mappings a user chose, remembered per set of headers in the user's {@link Preferences}
 * (node {@code org/modesign/import-mappings}): the next export with the same headers, in any order,
 * opens with the same choices. A key is a digest of the header set; the value the mapping as
 * {@link MappingSpec} writes it.
 */
final class MappingMemory {

    private final Preferences node;

    MappingMemory(Preferences node) {
        this.node = node;
    }

    /** The memory of the current user. */
    static MappingMemory forUser() {
        return new MappingMemory(Preferences.userRoot().node("org/modesign/import-mappings"));
    }

    /** {@code mapping} with the choices remembered for its headers, if any. */
    ColumnMapping recall(ColumnMapping mapping) {
        String spec = node.get(key(mapping), null);
        if (spec == null) {
            return mapping;
        }
        try {
            return mapping.withChoicesFound(MappingSpec.parse(spec));
        } catch (IllegalArgumentException e) {
            return mapping;
        }
    }

    /** Remembers every column's field of {@code mapping} for its set of headers. */
    void remember(ColumnMapping mapping) {
        List<ColumnMapping.Choice> choices = mapping.choices();
        String spec = MappingSpec.format(choices);
        if (spec.length() > Preferences.MAX_VALUE_LENGTH) {
            return;
        }
        node.put(key(mapping), spec);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The preferences keep the mapping in memory and write it later; losing it is harmless.
        }
    }

    /** A key within the limit of a preferences key: a digest of the header set. */
    static String key(ColumnMapping mapping) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapping.headerSetKey().getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            return "h" + Integer.toHexString(mapping.headerSetKey().hashCode());
        }
    }
}
