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

    private static ChildProcess server;
    private static int port;
    private static String database = "test";

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
            Path data = Path.of("target", "test-postgres", UUID.randomUUID().toString()).toAbsolutePath();
            server = new ChildProcess("postgres", "dk.mooc.platform.infra.PostgresServer", "256m",
                    List.of("--port", Integer.toString(port), "--data-dir", data.toString(),
                            "--databases", db, "--fsync", "off"));
            server.start("POSTGRES READY", Duration.ofSeconds(90));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-test-stop"));
        }
        return jdbcUrl();
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped by the shutdown hook (or the parent watch).
    }
}
