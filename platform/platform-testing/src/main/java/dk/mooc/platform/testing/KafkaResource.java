package dk.mooc.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real Kafka broker (KRaft, broker and controller in one process) for a module's tests, started once per
 * test JVM in a child process. Tests can stop and restart it on the same port to simulate an outage.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static ChildProcess broker;
    private static int port;
    private static int controllerPort;
    private static Path dir;

    @Override
    public synchronized Map<String, String> start() {
        startOnce();
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    public static synchronized String startOnce() {
        if (broker == null) {
            int[] ports = ChildProcess.freePorts(2);
            port = ports[0];
            controllerPort = ports[1];
            dir = Path.of("target", "test-kafka", UUID.randomUUID().toString()).toAbsolutePath();
            launch();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaResource::stopBroker, "kafka-test-stop"));
        }
        return bootstrapServers();
    }

    private static void launch() {
        broker = new ChildProcess("kafka", "dk.mooc.platform.infra.KafkaBroker", "512m",
                List.of("--dir", dir.toString(), "--port", Integer.toString(port),
                        "--controller-port", Integer.toString(controllerPort)));
        broker.start("Kafka Server started", Duration.ofSeconds(90));
    }

    public static String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker (an outage); topics and offsets stay on disk. */
    public static synchronized void stopBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    /** Starts the broker again on the same port with the same data. */
    public static synchronized void restartBroker() {
        if (broker != null && broker.alive()) {
            return;
        }
        launch();
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped by the shutdown hook (or the parent watch).
    }
}
