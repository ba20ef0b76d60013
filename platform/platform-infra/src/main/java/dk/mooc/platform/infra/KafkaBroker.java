package dk.mooc.platform.infra;

import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Properties;
import java.util.UUID;

/**
 * Runs one Kafka broker in KRaft combined mode (broker and controller in one process).
 * <p>
 * {@code --dir DIR --port 9092 --controller-port 9093 [--exit-with-parent]}
 * <p>
 * Formats the storage on first start only, so topics and offsets survive restarts of the local stack.
 */
public final class KafkaBroker {
    private KafkaBroker() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        File dir = new File(args.required("dir")).getAbsoluteFile();
        int port = args.port("port", 9092);
        int controllerPort = args.port("controller-port", 9093);
        if (args.flag("exit-with-parent")) {
            ParentWatch.exitWhenStdinCloses();
        }
        File logDir = new File(dir, "data");
        File config = new File(dir, "server.properties");
        dir.mkdirs();
        writeConfig(config, logDir, port, controllerPort);

        if (!new File(logDir, "meta.properties").exists()) {
            int rc = kafka.tools.StorageTool.execute(new String[] {
                "format", "-t", clusterId(), "-c", config.getPath(), "--ignore-formatted"}, System.out);
            if (rc != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed with exit code " + rc);
            }
        }
        kafka.Kafka.main(new String[] {config.getPath()});
    }

    private static String clusterId() {
        // A Kafka cluster id is a base64url-encoded UUID (22 characters). One that starts with "-" would be read
        // as an option by the storage tool's argument parser (1 run in 64 failed that way), so draw again.
        while (true) {
            UUID u = UUID.randomUUID();
            byte[] b = java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                    .putLong(u.getLeastSignificantBits()).array();
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private static void writeConfig(File config, File logDir, int port, int controllerPort) throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.getPath());
        p.setProperty("num.partitions", "3");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("log.retention.hours", "-1");
        try (Writer w = new FileWriter(config)) {
            p.store(w, "Written by KafkaBroker on every start");
        }
    }
}
