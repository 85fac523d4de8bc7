package io.privacyinventory.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: processors, memory, Java, and the disk the files live on. */
record Machine(int processors, String memory, String java, String os, String disk) {

    static Machine describe(Path work) {
        long totalBytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                String.format(
                        "%.1f GiB (benchmark JVM max heap %d MiB)",
                        totalBytes / 1024.0 / 1024 / 1024, Runtime.getRuntime().maxMemory() / 1024 / 1024),
                java,
                os,
                disk(work));
    }

    private static String disk(Path work) {
        try {
            Process process = new ProcessBuilder("df", "-h", "--output=source,fstype,size,avail", work.toString())
                    .redirectErrorStream(true)
                    .start();
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            process.waitFor();
            String mounted = lines.size() > 1 ? lines.get(1).trim().replaceAll("\\s+", " ") : "unknown";
            Path device = Path.of("/sys/block");
            String rotational = "";
            if (Files.isDirectory(device)) {
                try (var blocks = Files.list(device)) {
                    rotational = blocks.map(block ->
                                    block.getFileName() + " rotational=" + read(block.resolve("queue/rotational")))
                            .filter(line -> !line.startsWith("loop"))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("");
                }
            }
            return mounted + (rotational.isEmpty() ? "" : " (" + rotational + ")");
        } catch (IOException | InterruptedException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine shows in the figures. */
    static String loadAverage() {
        String load = read(Path.of("/proc/loadavg"));
        String[] parts = load.split(" ");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : load;
    }

    /**
     * A fixed piece of work that owes nothing to this project's code: the sqlite3 shell fills an in-memory
     * table of a million rows with a unique text index, in an order that spreads the inserts over the
     * index (as an import's unique indexes are filled). Its time is the median of three runs. The machine
     * is a virtual one shared with other work, and its speed changed by half from one day to the next
     * (session 12 in docs/performance.md): a slower probe says the machine is slower, not the code.
     */
    static String speedProbe() {
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            try {
                long start = System.nanoTime();
                Process process = new ProcessBuilder("sqlite3", ":memory:", PROBE)
                        .redirectErrorStream(true)
                        .start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (process.waitFor() != 0 || !output.equals("1000000")) {
                    return "not measured (sqlite3: " + output + ")";
                }
                seconds.add((System.nanoTime() - start) / 1e9);
            } catch (IOException e) {
                return "not measured (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "not measured (interrupted)";
            }
        }
        seconds.sort(null);
        return String.format(Locale.ROOT, "%.2f s", seconds.get(1));
    }

    private static final String PROBE = "PRAGMA cache_size = -262144;"
            + " CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT UNIQUE);"
            + " WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000)"
            + " INSERT INTO t (b) SELECT printf('%08d', (x * 7919) % 1000003) FROM c;"
            + " SELECT count(*) FROM t;";

    /** The processors' time so far, from /proc/stat: all of it, and what the host took for other machines. */
    record CpuTimes(long total, long stolen) {
        static CpuTimes now() {
            String[] fields = read(Path.of("/proc/stat"))
                    .lines()
                    .findFirst()
                    .orElse("")
                    .trim()
                    .split("\\s+");
            if (fields.length < 9 || !fields[0].equals("cpu")) {
                return new CpuTimes(0, 0);
            }
            long total = 0;
            // user nice system idle iowait irq softirq steal; guest time is counted in user already
            for (int i = 1; i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new CpuTimes(total, Long.parseLong(fields[8]));
        }

        /** The share of the processors' time since {@code start} that the host gave to other machines. */
        String stolenSince(CpuTimes start) {
            long total = this.total - start.total;
            return total <= 0
                    ? "unknown"
                    : String.format(Locale.ROOT, "%.1f %%", 100.0 * (stolen - start.stolen) / total);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    String markdown() {
        return "| machine | |\n|---|---|\n"
                + "| processors | " + processors + " |\n"
                + "| memory | " + memory + " |\n"
                + "| java | " + java + " |\n"
                + "| os | " + os + " |\n"
                + "| disk (source, type, size, free) | " + disk + " |\n";
    }
}
