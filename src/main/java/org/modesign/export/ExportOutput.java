package org.modesign.export;

/** The bytes of an export, not yet written anywhere, and what they hold. */
public record ExportOutput(byte[] bytes, ExportResult result) {
}
