package dk.mooc.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL 16 for a module's tests, started once per test JVM and shared by all its tests.
 * Init arg {@code database} names the database (default {@code test}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile ChildProcess server;
    private static int port;
    private static Path dataDir;
    private static String database = "test";
    private static boolean hookAdded;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public synchronized Map<String, String> start() {
        startOnce(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** Starts the server unless it already runs in this JVM; returns the JDBC URL. */
    public static synchronized String startOnce(String db) {
        if (server == null || !server.alive()) {
            database = db;
            port = ChildProcess.freePorts(1)[0];
            dataDir = Path.of("target", "test-postgres", UUID.randomUUID().toString()).toAbsolutePath();
            launch();
        }
        return jdbcUrl();
    }

    /**
     * Stops the server, as a database outage: connections break, new ones are refused. The data stays; the service
     * under test keeps running. Pair with {@link #startServer()} in a {@code finally}: the server is shared by every
     * test of this JVM.
     */
    public static synchronized void stopServer() {
        if (server == null) {
            throw new IllegalStateException("PostgreSQL was not started in this JVM");
        }
        server.stop();
    }

    /** Starts the stopped server again on the same port with the same data, as after an outage. */
    public static synchronized void startServer() {
        if (dataDir == null) {
            throw new IllegalStateException("PostgreSQL was not started in this JVM");
        }
        if (!server.alive()) {
            launch();
        }
    }

    private static void launch() {
        server = new ChildProcess("postgres", "dk.mooc.platform.infra.PostgresServer", "256m",
                List.of("--port", Integer.toString(port), "--data-dir", dataDir.toString(),
                        "--databases", database, "--fsync", "off"));
        server.start("POSTGRES READY", Duration.ofSeconds(90));
        if (!hookAdded) {
            hookAdded = true;
            // stops whichever server runs at the end, also one started again after an outage
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(), "postgres-test-stop"));
        }
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped by the shutdown hook (or the parent watch).
    }
}
