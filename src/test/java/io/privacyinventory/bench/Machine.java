package io.privacyinventory.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
