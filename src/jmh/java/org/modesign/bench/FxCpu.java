package org.modesign.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The processor time spent on each measured operation, beside JMH's wall clock: on a machine
 * shared with other work the wall clock also counts the time a thread waits for a core, the
 * processor time does not. Both the JavaFX thread's and the whole process's (which adds the
 * renderer's thread, where JavaFX rasterises, and the garbage collector's) are kept; {@link #summary}
 * gives their percentiles.
 */
final class FxCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private double[] samples = new double[256];
    private double[] processSamples = new double[256];
    private int count;

    /** Runs {@code work} on the calling (JavaFX) thread, recording its processor time. */
    void time(Runnable work) {
        long process = PROCESS.getProcessCpuTime();
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        record((THREADS.getCurrentThreadCpuTime() - start) / 1e6, (PROCESS.getProcessCpuTime() - process) / 1e6);
    }

    private synchronized void record(double ms, double processMs) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
            processSamples = Arrays.copyOf(processSamples, count * 2);
        }
        processSamples[count] = processMs;
        samples[count++] = ms;
    }

    /** p50, p95, p99 and the number of operations, in milliseconds of processor time; then forgets them. */
    synchronized String summary(String name) {
        double[] sorted = Arrays.copyOf(samples, count);
        double[] process = Arrays.copyOf(processSamples, count);
        Arrays.sort(sorted);
        Arrays.sort(process);
        count = 0;
        if (sorted.length == 0) {
            return name + ": nothing measured";
        }
        return String.format("%s, processor time: JavaFX thread p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
                + " whole process p50 %.1f ms, p95 %.1f ms (%d ops)", name, at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted[sorted.length - 1], at(process, 0.50), at(process, 0.95), sorted.length);
    }

    private static double at(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
