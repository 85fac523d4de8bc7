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

    /** The group whose members must give a password (scram) on this server: see {@link #passwordLogin}. */
    private static final String PASSWORD_GROUP = "pinv_password_logins";

    private static boolean passwordRule;

    /**
     * Whether logins can be made to give a password here: only on the tests' own server, whose
     * authentication rules the tests may rewrite (a server named by {@value #ENVIRONMENT} is left alone).
     */
    public static boolean canRequirePasswords() {
        String named = System.getenv(ENVIRONMENT);
        return named == null || named.isBlank();
    }

    /**
     * Creates {@code login} with {@code password}, which the server then asks for (every other login
     * stays trusted): the first call puts a rule for the members of one group before the trusting ones.
     */
    public static synchronized void passwordLogin(String database, String login, String password) {
        if (!canRequirePasswords()) {
            throw new IllegalStateException("the server named by " + ENVIRONMENT + " keeps its own rules");
        }
        Server running = server();
        try (Connection connection = running.connect(database, running.superuser());
                Statement statement = connection.createStatement()) {
            if (!passwordRule) {
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + PASSWORD_GROUP
                        + "') THEN CREATE ROLE " + PASSWORD_GROUP + " NOLOGIN; END IF; END $$");
                requirePasswordsOfGroup(connection);
                passwordRule = true;
            }
            statement.execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + password.replace("'", "''") + "' IN ROLE "
                    + PASSWORD_GROUP);
            waitUntilRefusedWithoutPassword(running, database, login);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a login with a password: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the server's pg_hba.conf anew (through COPY, as the server's own user) with rules for the
     * group first, and reloads it.
     */
    private static void requirePasswordsOfGroup(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (String address : List.of("127.0.0.1/32", "::1/128")) {
            lines.add("host all +" + PASSWORD_GROUP + " " + address + " scram-sha-256");
        }
        String hbaFile;
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(
                        "SELECT setting, pg_read_file(setting) FROM pg_settings WHERE name = 'hba_file'")) {
            rows.next();
            hbaFile = rows.getString(1);
            for (String line : rows.getString(2).split("\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    lines.add(line.replace('\t', ' '));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE hba_lines (n int, line text)");
            try (java.sql.PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO hba_lines VALUES (?, ?)")) {
                for (int i = 0; i < lines.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, lines.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            statement.execute("COPY (SELECT line FROM hba_lines ORDER BY n) TO '" + hbaFile.replace("'", "''") + "'");
            statement.execute("DROP TABLE hba_lines");
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    /** The reload is a signal to the server: waits until {@code login} without a password is refused. */
    private static void waitUntilRefusedWithoutPassword(Server running, String database, String login)
            throws SQLException {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Connection trusted = DriverManager.getConnection(running.jdbcUrl(database), login, null)) {
                Thread.sleep(25);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new SQLException("the server still lets " + login + " in without a password");
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
        if (!unpackedByTar(home)) {
            // whatever tar left is removed; the folder itself, made private by createTempDirectory, stays
            deleteContentsQuietly(home);
            try (InputStream packed = binaries()) {
                unpack(packed, home);
            }
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

    private static InputStream binaries() throws IOException {
        InputStream packed = TestPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz");
        if (packed == null) {
            throw new IOException("postgres-linux-x86_64.txz is not on the test class path");
        }
        return packed;
    }

    /**
     * Unpacks the binaries with the system's tar and xz, which take about half the CPU time of the
     * Java decoder below (every test JVM that uses the server unpacks them once); false where
     * they are missing or fail, and the Java decoder is used instead.
     */
    private static boolean unpackedByTar(Path target) {
        try {
            Process tar = new ProcessBuilder("tar", "-xJf", "-", "--no-same-owner", "-C", target.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (InputStream packed = binaries();
                    java.io.OutputStream in = tar.getOutputStream()) {
                packed.transferTo(in);
            } catch (IOException e) {
                tar.destroyForcibly();
            }
            return tar.waitFor() == 0 && Files.isExecutable(target.resolve("bin/initdb"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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

    /** Empties a temporary folder as far as it can; unpacking into what is left fails with its own message. */
    private static void deleteContentsQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(path -> !path.equals(folder))
                    .sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; nothing depends on its removal
        }
    }

    private static void deleteQuietly(Path folder) {
        deleteContentsQuietly(folder);
        folder.toFile().delete();
    }
}
