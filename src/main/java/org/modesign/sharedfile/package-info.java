/**
 * Working beside colleagues on one design file, without JavaFX: what the editor read or last saved
 * ({@link org.modesign.sharedfile.FileFingerprint}, {@link org.modesign.sharedfile.DiskState}) and
 * who has a design open ({@link org.modesign.sharedfile.DesignLocks}, LibreOffice's {@code .~lock.NAME#}
 * convention).
 */
package org.modesign.sharedfile;
