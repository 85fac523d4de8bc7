package io.privacyinventory.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * One real PostgreSQL server per test JVM, started on first use and stopped when the JVM ends.
 * Each caller gets a database of its own on it ({@link #freshDatabase}).
 *
 * <p>Where the server comes from, in order: the environment variable {@value #ENVIRONMENT} naming
 * an existing server ({@code postgresql://user@host:port/database}, a superuser; password from
 * {@code PGPASSWORD}); else, when the tests run as an ordinary user, zonky's embedded server; else
 * (as root, as in CI) the same binaries unpacked for the user {@code nobody} and run through
 * {@code runuser}, because PostgreSQL refuses to run as root and zonky's builder cannot switch user.
 */
public final class TestPostgres {
    public static final String ENVIRONMENT = "PRIVACY_INVENTORY_TEST_PG";
    private static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private TestPostgres() {}

    /** Host, port and superuser of the one server; the database the superuser connects to for administration. */
    public record Server(String host, int port, String superuser, String password, String maintenanceDatabase) {
        String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** The app's address of {@code database} for {@code user}. */
        public String address(String user, String database) {
            return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
        }

        public Connection connect(String database, String user) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), user, password);
        }
    }

    public static synchronized Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    /** A new, empty database on the server, named after {@code purpose} (a test class); returns its name. */
    public static String freshDatabase(String purpose) {
        Server running = server();
        String name = ("pinv_" + purpose + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = running.connect(running.maintenanceDatabase(), running.superuser());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** Runs statements as the superuser in {@code database} (roles for a test, a login). */
    public static void asSuperuser(String database, String... statements) {
        Server running = server();
        try (Connection connection = running.connect(database, running.superuser());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Server start() {
        String named = System.getenv(ENVIRONMENT);
        if (named != null && !named.isBlank()) {
            ServerAddress address = ServerAddress.parse(named);
            return new Server(
                    address.host(), address.port(), address.user(), System.getenv("PGPASSWORD"), address.database());
        }
        try {
            return isRoot() ? startAsNobody() : startEmbedded();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Server startEmbedded() throws IOException {
        EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is ending; the temporary folder goes with the next clean-up
            }
        }));
        return new Server("localhost", embedded.getPort(), SUPERUSER, null, "postgres");
    }

    /**
     * Unpacks the binaries that the zonky binaries jar carries into a folder owned by {@code nobody},
     * creates a cluster there and starts it on a free port, listening on localhost and on a socket
     * in that folder only.
     */
    private static Server startAsNobody() throws IOException {
        Path home = Files.createTempDirectory("pinv-postgres-");
        try (InputStream packed = TestPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (packed == null) {
                throw new IOException("postgres-linux-x86_64.txz is not on the test class path");
            }
            unpack(packed, home);
        }
        run("chown", "-R", "nobody", home.toString());
        Path data = home.resolve("data");
        int port = freePort();
        run(
                "runuser",
                "-u",
                "nobody",
                "--",
                home.resolve("bin/initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync");
        run(
                "runuser",
                "-u",
                "nobody",
                "--",
                home.resolve("bin/pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                home.resolve("server.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=localhost -c fsync=off",
                "start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(
                        "runuser",
                        "-u",
                        "nobody",
                        "--",
                        home.resolve("bin/pg_ctl").toString(),
                        "-D",
                        data.toString(),
                        "-m",
                        "immediate",
                        "-w",
                        "stop");
            } catch (IOException e) {
                // the server may be gone already; the folder is removed either way
            }
            deleteQuietly(home);
        }));
        return new Server("localhost", port, SUPERUSER, null, "postgres");
    }

    private static void unpack(InputStream packed, Path target) throws IOException {
        List<String[]> links = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(packed))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    links.add(new String[] {path.toString(), entry.getLinkName()});
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    if ((entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(
                                path,
                                Set.of(
                                        PosixFilePermission.OWNER_READ,
                                        PosixFilePermission.OWNER_WRITE,
                                        PosixFilePermission.OWNER_EXECUTE,
                                        PosixFilePermission.GROUP_READ,
                                        PosixFilePermission.GROUP_EXECUTE,
                                        PosixFilePermission.OTHERS_READ,
                                        PosixFilePermission.OTHERS_EXECUTE));
                    }
                }
            }
        }
        for (String[] link : links) {
            Path path = Path.of(link[0]);
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            Files.createSymbolicLink(path, Path.of(link[1]));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; nothing depends on its removal
        }
    }
}
