package io.privacyinventory.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated timings of one piece of work: warm-up runs first, then measured runs; medians and percentiles. */
final class Timing {
    private final List<Double> millis;
    /** The first run in this JVM (class loading, interpreted code), or NaN when it was not timed. */
    private final double cold;

    private Timing(List<Double> millis, double cold) {
        this.millis = List.copyOf(millis);
        this.cold = cold;
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} {@code warmUps} times unmeasured, then {@code runs} times measured (after a GC each). */
    static Timing of(int warmUps, int runs, Work work) throws Exception {
        return of(warmUps, runs, () -> {}, work);
    }

    /**
     * As {@link #of(int, int, Work)}, with {@code before} run ahead of every run, outside its time: clearing up
     * what the run before left (a file it made, say), which is no part of the work measured.
     */
    static Timing of(int warmUps, int runs, Work before, Work work) throws Exception {
        double cold = Double.NaN;
        for (int i = 0; i < warmUps; i++) {
            before.run();
            long start = System.nanoTime();
            work.run();
            if (i == 0) {
                cold = (System.nanoTime() - start) / 1e6;
            }
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            before.run();
            System.gc();
            long start = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return new Timing(millis, cold);
    }

    static Timing of(List<Double> millis) {
        return new Timing(millis, Double.NaN);
    }

    double cold() {
        return cold;
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double min() {
        return Collections.min(millis);
    }

    int count() {
        return millis.size();
    }

    /** Nearest-rank percentile. */
    double percentile(int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (p == 50 && sorted.size() % 2 == 0) {
            return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    List<Double> all() {
        return millis;
    }
}
