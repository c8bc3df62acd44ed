package org.modesign.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * The fork of a benchmark that opens the editor's window ({@link BenchWindow}): headless (Monocle)
 * with the software renderer on a screen larger than the window, the user's preferences kept apart
 * (the folds a benchmark makes are not remembered for the user), and room for 50,000 roles. JMH
 * takes the annotation from this superclass.
 */
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
    "-Dheadless.geometry=1600x1000-32", "-Dprism.order=sw", "-Djava.util.prefs.userRoot=/tmp/modesign-bench-prefs",
    "-Xmx4g"})
public abstract class InEditorWindow {
}
