package dk.mooc.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL 16 from the binaries shipped in a Maven jar and creates the service databases.
 * <p>
 * {@code --port 55432 --data-dir DIR --databases proposal,review [--exit-with-parent]}
 * <p>
 * With a data directory that already holds a cluster, the cluster is reused, so data survives restarts.
 * Prints {@code POSTGRES READY port=N} once the databases exist.
 */
public final class PostgresServer {
    private PostgresServer() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        int port = args.port("port", 55432);
        File dataDir = new File(args.required("data-dir")).getAbsoluteFile();
        String[] databases = args.get("databases", "").split(",");
        if (args.flag("exit-with-parent")) {
            ParentWatch.exitWhenStdinCloses();
        }
        dataDir.getParentFile().mkdirs();

        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", args.get("max-connections", "200"))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", args.get("fsync", "on"))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }, "postgres-stop"));

        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            for (String db : databases) {
                String name = db.trim();
                if (name.isEmpty()) {
                    continue;
                }
                if (!name.matches("[a-z][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Database names are lower-case identifiers: " + name);
                }
                try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            try (Statement st = c.createStatement()) {
                                st.execute("create database " + name);
                            }
                            System.out.println("Created database " + name);
                        }
                    }
                }
            }
        }
        System.out.println("POSTGRES READY port=" + port + " data=" + dataDir);
        new CountDownLatch(1).await();
    }
}
