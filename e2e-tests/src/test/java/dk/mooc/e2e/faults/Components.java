package dk.mooc.e2e.faults;

import dk.mooc.e2e.StackDatabases;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local stack's processes (deploy/local: pid files in .stack/run), killed with SIGKILL and started again with the
 * README's own command, deploy/local/up, which starts whatever is not running.
 */
final class Components {

    static final Path ROOT = Path.of(System.getProperty("mooc.root", "..")).toAbsolutePath().normalize();
    static final Path RUN = ROOT.resolve(".stack/run");
    static final Path LOGS = ROOT.resolve(".stack/logs");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Map<String, Integer> SERVICE_PORT = Map.of("proposal-service", 8081, "review-service", 8082,
            "production-service", 8083, "analytics-service", 8084);

    private Components() {
    }

    /** The pid in .stack/run/<name>.pid, if that process is alive. */
    static Long pid(String name) {
        try {
            Path f = RUN.resolve(name + ".pid");
            if (!Files.exists(f)) {
                return null;
            }
            long pid = Long.parseLong(Files.readString(f).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> pid).orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** The instances of a component: a service has a second one (<service>-2) when the stack runs two. */
    static List<String> instances(String component) {
        List<String> names = new ArrayList<>(List.of(component));
        if (component.endsWith("-service") && pid(component + "-2") != null) {
            names.add(component + "-2");
        }
        return names;
    }

    /**
     * SIGKILL to the component's processes and all their descendants (kc.sh -> java; nginx master -> workers), every
     * instance at once: a service's instances die together, as in a node's crash, and none of them keeps working while
     * the other is being reaped. Returns once every process has exited.
     */
    static void kill(String component) {
        List<ProcessHandle> all = new ArrayList<>();
        for (String name : instances(component)) {
            Long pid = pid(name);
            if (pid == null) {
                throw new IllegalStateException(name + " is not running: nothing to kill");
            }
            ProcessHandle p = ProcessHandle.of(pid).orElseThrow();
            all.addAll(p.descendants().toList());
            all.add(p);
        }
        if (component.equals("postgres")) {
            postmaster().ifPresent(pm -> {   // pg_ctl daemonises the postmaster: not a child of the launcher
                all.addAll(pm.descendants().toList());
                all.add(pm);
            });
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : all) {
            h.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(x -> null).join();
        }
    }

    private static java.util.Optional<ProcessHandle> postmaster() {
        try {
            Path f = ROOT.resolve(".stack/data/postgres/postmaster.pid");
            long pid = Long.parseLong(Files.readAllLines(f).get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** SIGSTOP / SIGCONT: a component that stops answering without going away (a stalled broker). */
    static void signal(String component, String signal) {
        Long pid = pid(component);
        if (pid == null) {
            throw new IllegalStateException(component + " is not running");
        }
        exec(List.of("kill", "-" + signal, String.valueOf(pid)), 10);
    }

    /**
     * deploy/local/up --no-build: starts what is not running and waits until it is healthy. The scheduled jobs run
     * every 10 s, as in the end-to-end run the stack was started for.
     */
    static void up() {
        Path log = LOGS.resolve("fault-run-up.log");
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("deploy/local/up").toString(), "--no-build")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("MOOC_REVIEW_REMINDERS_EVERY", "10s");
        pb.environment().put("MOOC_PRODUCTION_REMINDERS_EVERY", "10s");
        pb.environment().put("MOOC_ANALYTICS_REVIEWS_REMINDERS_EVERY", "10s");
        try {
            Process p = pb.start();
            if (!p.waitFor(400, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("deploy/local/up failed to restart the stack: see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Is the component answering as it should (the same checks as deploy/local/status)? */
    static boolean healthy(String component) {
        return switch (component) {
            case "postgres" -> portOpen(55432) && sql();
            case "kafka" -> portOpen(9092);
            case "mail" -> ok("http://127.0.0.1:8025/api/service/readiness");
            case "keycloak" -> ok("http://127.0.0.1:8180/realms/mooc/.well-known/openid-configuration");
            case "gateway" -> ok("http://127.0.0.1:8080/config.json");
            default -> instances(component).stream().allMatch(i -> ok("http://127.0.0.1:"
                    + (SERVICE_PORT.get(component) + (i.endsWith("-2") ? 10 : 0)) + "/q/health/ready"));
        };
    }

    private static boolean sql() {
        try (var c = StackDatabases.connect("postgres")) {
            return c.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean ok(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static void exec(List<String> command, int timeoutSeconds) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
