package org.modesign.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The processor time spent on each measured operation, beside JMH's wall clock: on a machine
 * shared with other work the wall clock also counts the time a thread waits for a core, the
 * processor time does not. Kept: the JavaFX thread's; the JavaFX thread's and the renderer
 * thread's together (JavaFX renders frames and rasterises snapshots there; the pulses the
 * toolkit runs on its own between operations may overlap); the whole process's (with the
 * garbage collector's, in steps of 10 ms).
 * {@link #summary} gives their percentiles.
 */
final class FxCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private double[] samples = new double[256];
    private double[] processSamples = new double[256];
    private double[] bothSamples = new double[256];
    private int count;

    /** Runs {@code work} on the calling (JavaFX) thread, recording its processor time. */
    void time(Runnable work) {
        long process = PROCESS.getProcessCpuTime();
        long renderer = rendererCpu();
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        record((THREADS.getCurrentThreadCpuTime() - start) / 1e6, (PROCESS.getProcessCpuTime() - process) / 1e6,
                (rendererCpu() - renderer) / 1e6);
    }

    private long rendererId = -1;

    /** The processor time of JavaFX's renderer thread so far (where frames are rendered and snapshots rasterised), in nanoseconds. */
    private long rendererCpu() {
        if (rendererId < 0) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().startsWith("QuantumRenderer")) {
                    rendererId = thread.getId();
                }
            }
        }
        return rendererId < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(rendererId));
    }

    private synchronized void record(double ms, double processMs, double rendererMs) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
            processSamples = Arrays.copyOf(processSamples, count * 2);
            bothSamples = Arrays.copyOf(bothSamples, count * 2);
        }
        bothSamples[count] = ms + rendererMs;
        processSamples[count] = processMs;
        samples[count++] = ms;
    }

    /** p50, p95, p99 and the number of operations, in milliseconds of processor time; then forgets them. */
    synchronized String summary(String name) {
        double[] sorted = Arrays.copyOf(samples, count);
        double[] process = Arrays.copyOf(processSamples, count);
        double[] both = Arrays.copyOf(bothSamples, count);
        Arrays.sort(sorted);
        Arrays.sort(process);
        Arrays.sort(both);
        count = 0;
        if (sorted.length == 0) {
            return name + ": nothing measured";
        }
        return String.format("%s, processor time: JavaFX thread p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
                + " with the renderer's thread p50 %.1f ms, p95 %.1f ms, p99 %.1f ms;"
                + " whole process (10 ms steps) p50 %.0f ms, p95 %.0f ms (%d ops)", name, at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1], at(both, 0.50), at(both, 0.95),
                at(both, 0.99), at(process, 0.50), at(process, 0.95), sorted.length);
    }

    private static double at(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
