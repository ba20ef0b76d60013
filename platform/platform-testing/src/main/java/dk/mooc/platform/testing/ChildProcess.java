package dk.mooc.platform.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A launcher of platform-infra running in a child JVM. Its standard input stays open; when this JVM dies
 * the pipe closes and the child exits, so no broker or database outlives a crashed test run.
 */
final class ChildProcess {

    private final String name;
    private final List<String> command;
    private final Path log;
    private Process process;

    ChildProcess(String name, String mainClass, String heap, List<String> args) {
        this.name = name;
        this.command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(infraClasspath());
        command.add(mainClass);
        command.addAll(args);
        command.add("--exit-with-parent");
        this.log = Path.of("target", "infra-logs", name + ".log");
    }

    /** Starts the process and waits until it prints {@code readyLine}. */
    void start(String readyLine, Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        CountDownLatch ready = new CountDownLatch(1);
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                         java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true)) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    if (line.contains(readyLine)) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, name + "-log");
        pump.setDaemon(true);
        pump.start();
        try {
            if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop();
                throw new IllegalStateException(name + " did not become ready within " + timeout + "; see " + log.toAbsolutePath());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops gracefully (SIGTERM, so the server runs its shutdown hooks), forcibly after 20 s. */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Distinct free ports: all sockets stay open until every port is chosen, so no port repeats. */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket s = new ServerSocket(0);
                s.setReuseAddress(true);
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a probe socket cannot matter
                }
            }
        }
    }

    /** The classpath platform-infra wrote at build time, plus its own classes. */
    static String infraClasspath() {
        Path infra = root().resolve(Path.of("platform", "platform-infra", "target"));
        Path file = infra.resolve("infra-classpath.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + file + ": build the platform modules first"
                    + " (mvn -q install -pl platform/platform-infra), or run the whole build from the root");
        }
        try {
            return infra.resolve("classes") + File.pathSeparator + Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root() {
        String prop = System.getProperty("mooc.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        // Fall back to walking up from the working directory to the folder that holds platform/.
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("platform").resolve("platform-infra"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the project root; set -Dmooc.root");
        }
        return dir;
    }
}
