package org.modesign.ui.file;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.modesign.sharedfile.LockOwner;

/** Shared-file questions answered from a script, recording what was asked. */
final class FakeSharedDialogs implements SharedFileDialogs {

    /** One lock question: the design and who held it. */
    record LockQuestion(Path design, LockOwner owner) {
    }

    /** One changed-file question: the design, and whether Compare and Merge were offered. */
    record DiskQuestion(Path design, boolean compareAndMerge) {
    }

    final Deque<LockChoice> lockChoices = new ArrayDeque<>();
    final Deque<DiskChoice> diskChoices = new ArrayDeque<>();
    final List<LockQuestion> lockQuestions = new ArrayList<>();
    final List<DiskQuestion> diskQuestions = new ArrayList<>();

    @Override
    public LockChoice askAboutLock(Path design, LockOwner owner) {
        lockQuestions.add(new LockQuestion(design, owner));
        if (lockChoices.isEmpty()) {
            throw new AssertionError("asked about the lock of " + design + " held by " + owner + ", unscripted");
        }
        return lockChoices.poll();
    }

    @Override
    public DiskChoice askAboutChangedFile(Path design, boolean compareAndMerge) {
        diskQuestions.add(new DiskQuestion(design, compareAndMerge));
        if (diskChoices.isEmpty()) {
            throw new AssertionError("asked about the change of " + design + " on disk, unscripted");
        }
        return diskChoices.poll();
    }
}
