package io.privacyinventory.bench;

import io.privacyinventory.Main;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Runs the app as {@code Main} does and, when {@code --smoke} reports the first frame (the opened
 * inventory on screen, the findings check running in the background), waits for the app to settle,
 * collects garbage and prints the heap still in use: {@code heap-used-mb=N}. Nothing in the app is
 * changed for this: the probe only listens to standard output.
 */
public final class HeapProbe {
    static final long SETTLE_MS = 3000;

    private HeapProbe() {}

    public static void main(String[] args) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(
                new OutputStream() {
                    private final StringBuilder line = new StringBuilder();

                    @Override
                    public void write(int b) {
                        original.write(b);
                        if (b == '\n') {
                            if (line.toString().startsWith("startup-ms=")) {
                                report(original);
                            }
                            line.setLength(0);
                        } else {
                            line.append((char) b);
                        }
                    }
                },
                true,
                StandardCharsets.UTF_8));
        Main.main(args);
    }

    private static void report(PrintStream out) {
        try {
            Thread.sleep(SETTLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.println("heap-used-mb=" + Math.round(used / 1024.0 / 1024.0));
        out.flush();
    }
}
