import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a service's CPU went while bench/run measured one figure (bench/profile runs it): reads the service's Flight
 * Recorder file (bench/run --jfr; the reference's too) and, for each autocannon result given, the execution samples
 * taken between that figure's start and finish. Each line also gives its samples per 1,000 of the figure's requests, so
 * that the reference's GET by id and a service's figure compare line by line. Prints three views of the same samples:
 * <ul>
 *   <li>what the request was doing: the first of these found on the sample's stack, from the outside in (the service's
 *       resource method, writing JSON, checking the token, else HTTP and the rest);</li>
 *   <li>which library's code ran: the innermost frame outside the JDK, by its package;</li>
 *   <li>the service's own methods on the stack (inclusive): which read, which statement, which view.</li>
 * </ul>
 * With {@code --under Class.method}, two more views below that method: every method on the stack beneath it (inclusive:
 * where a phase such as Hibernate's translation of a query shows as one line) and the innermost frame that ran.
 * Usage: {@code java Profile.java [--under Class.method] SERVICE.jfr LOAD.json...}
 */
public class Profile {

    /** Libraries by package prefix, first match wins; what is not here is "other". */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("org.postgresql.", "PostgreSQL driver");
        LIBRARIES.put("io.agroal.", "connection pool (Agroal)");
        LIBRARIES.put("org.hibernate.", "Hibernate");
        LIBRARIES.put("io.quarkus.hibernate.", "Hibernate");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("org.jose4j.", "token check (jose4j, OIDC)");
        LIBRARIES.put("io.quarkus.oidc.", "token check (jose4j, OIDC)");
        LIBRARIES.put("io.smallrye.jwt.", "token check (jose4j, OIDC)");
        LIBRARIES.put("io.quarkus.security.", "security (Quarkus)");
        LIBRARIES.put("io.quarkus.vertx.http.runtime.security.", "security (Quarkus)");
        LIBRARIES.put("io.vertx.", "HTTP (Vert.x, Netty)");
        LIBRARIES.put("io.netty.", "HTTP (Vert.x, Netty)");
        LIBRARIES.put("org.jboss.resteasy.", "REST (RESTEasy)");
        LIBRARIES.put("io.quarkus.resteasy.", "REST (RESTEasy)");
        LIBRARIES.put("io.quarkus.arc.", "CDI (ArC)");
        LIBRARIES.put("io.smallrye.config.", "configuration");
        LIBRARIES.put("io.micrometer.", "metrics and tracing");
        LIBRARIES.put("io.opentelemetry.", "metrics and tracing");
        LIBRARIES.put("org.jboss.logmanager.", "logging");
        LIBRARIES.put("org.jboss.logging.", "logging");
        LIBRARIES.put("org.apache.kafka.", "Kafka clients");
        LIBRARIES.put("io.smallrye.reactive.messaging.", "Kafka clients");
        LIBRARIES.put("dk.mooc.", "the service's own code");
    }

    private static final Pattern TIME = Pattern.compile("\"(start|finish)\"\\s*:\\s*\"([^\"]+)\"");
    /** autocannon's count of the figure's requests, so that two processes' samples compare per request. */
    private static final Pattern REQUESTS = Pattern.compile("\"requests\"\\s*:\\s*\\{[^}]*\"total\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String under = null;
        if (args.length > 1 && args[0].equals("--under")) {
            under = args[1];
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        if (args.length < 2) {
            System.err.println("usage: java Profile.java SERVICE.jfr LOAD.json...");
            System.exit(2);
        }
        List<RecordedEvent> samples = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null) {
                samples.add(e);
            }
        }
        for (int i = 1; i < args.length; i++) {
            Map<String, Instant> window = new HashMap<>();
            String load = Files.readString(Path.of(args[i]));
            Matcher r = REQUESTS.matcher(load);
            long requests = r.find() ? Long.parseLong(r.group(1)) : 0;
            Matcher m = TIME.matcher(load);
            while (m.find()) {
                window.put(m.group(1), Instant.parse(m.group(2)));
            }
            if (window.size() != 2) {
                System.err.println(args[i] + ": no start and finish");
                continue;
            }
            List<RecordedEvent> in = samples.stream()
                    .filter(e -> !e.getStartTime().isBefore(window.get("start")) && e.getStartTime().isBefore(window.get("finish")))
                    .toList();
            if (in.isEmpty()) {   // a figure of an earlier run, outside this recording
                continue;
            }
            System.out.printf("%n## %s: %d samples, %d requests (%.2f samples per 1,000 requests), %s to %s%n",
                    Path.of(args[i]).getFileName(), in.size(), requests, requests == 0 ? 0.0 : 1000.0 * in.size() / requests,
                    window.get("start"), window.get("finish"));
            perRequest = requests == 0 ? 0 : 1000.0 / requests;
            Map<String, Integer> doing = new HashMap<>();
            Map<String, Integer> library = new HashMap<>();
            Map<String, Integer> own = new HashMap<>();
            Map<String, Integer> below = new HashMap<>();
            Map<String, Integer> callees = new HashMap<>();
            int underCount = 0;
            for (RecordedEvent e : in) {
                List<RecordedFrame> frames = e.getStackTrace().getFrames();   // innermost first
                doing.merge(doing(frames), 1, Integer::sum);
                library.merge(library(frames), 1, Integer::sum);
                Set<String> methods = new LinkedHashSet<>();
                for (RecordedFrame f : frames) {
                    String type = f.getMethod().getType().getName();
                    if (type.startsWith("dk.mooc.") && !type.contains("$$")) {
                        methods.add(type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName());
                    }
                }
                methods.forEach(n -> own.merge(n, 1, Integer::sum));
                if (under != null) {
                    for (int f = frames.size() - 1; f >= 0; f--) {
                        if (name(frames.get(f)).equals(under)) {
                            underCount++;
                            below.merge(innermost(frames), 1, Integer::sum);
                            Set<String> beneath = new LinkedHashSet<>();
                            for (int g = f - 1; g >= 0; g--) {
                                beneath.add(name(frames.get(g)));
                            }
                            beneath.forEach(n -> callees.merge(n, 1, Integer::sum));
                            break;
                        }
                    }
                }
            }
            print("what the request was doing", doing, in.size(), 10);
            print("whose code ran (the innermost frame outside the JDK)", library, in.size(), 20);
            print("the service's own methods on the stack (inclusive)", own, in.size(), 25);
            if (under != null && underCount > 0) {
                print("under " + under + " (" + underCount + " samples): every method beneath it (inclusive)", callees,
                        underCount, 40);
                print("under " + under + ": the method that ran (the innermost frame outside the JDK)", below, underCount, 15);
            }
        }
    }

    /**
     * The request's phase, by precedence rather than by position: a request that runs inside the authentication's
     * callbacks (a non-blocking resource, on the event loop) has OIDC frames outside its resource method and its JSON.
     */
    private static String doing(List<RecordedFrame> frames) {
        boolean resource = false, json = false, token = false, events = false, scheduled = false;
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            resource |= type.startsWith("dk.mooc.") && (type.contains(".rest.") || type.startsWith("dk.mooc.bench.reference."));
            json |= type.startsWith("com.fasterxml.jackson.");
            token |= type.startsWith("io.quarkus.oidc.") || type.startsWith("org.jose4j.")
                    || type.startsWith("dk.mooc.platform.security.");
            events |= type.startsWith("org.apache.kafka.") || type.startsWith("io.smallrye.reactive.messaging.")
                    || type.startsWith("dk.mooc.") && type.contains(".event.");
            scheduled |= type.startsWith("io.quarkus.scheduler.");
        }
        if (resource) {
            return "the resource method (reading, assembling the view)";
        }
        if (json) {
            return "writing the JSON (Jackson)";
        }
        if (events) {
            return "events (Kafka clients, outbox relay, consumers)";
        }
        if (scheduled) {
            return "scheduled jobs";
        }
        if (token && !aroundRequest(frames)) {
            return "checking the token";
        }
        return "HTTP and the rest (Vert.x, Netty, RESTEasy's routing and filters)";
    }

    /** Whether the OIDC frames only wrap the request's processing (RESTEasy's handlers run inside them). */
    private static boolean aroundRequest(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {   // innermost first: the innermost OIDC or RESTEasy frame decides
            String type = f.getMethod().getType().getName();
            if (type.startsWith("io.quarkus.oidc.") || type.startsWith("org.jose4j.") || type.startsWith("dk.mooc.platform.security.")) {
                return false;
            }
            if (type.startsWith("org.jboss.resteasy.reactive.server.") || type.startsWith("io.quarkus.resteasy.reactive.server.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("com.sun.");
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    /** The innermost frame outside the JDK, as Class.method. */
    private static String innermost(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (!isJdk(type)) {
                return name(f);
            }
        }
        return name(frames.get(0));
    }

    private static String library(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (isJdk(type)) {
                continue;
            }
            for (Map.Entry<String, String> l : LIBRARIES.entrySet()) {
                if (type.startsWith(l.getKey())) {
                    return l.getValue();
                }
            }
            return "other (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
        }
        return "the JDK alone";
    }

    /** 1,000 / the figure's requests: a line's samples per 1,000 requests, comparable between the reference and a service. */
    private static double perRequest;

    private static void print(String title, Map<String, Integer> counts, int total, int max) {
        System.out.println();
        System.out.println("| " + title + " | samples | share | per 1,000 requests |");
        System.out.println("|---|---|---|---|");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(max)
                .forEach(c -> System.out.printf("| %s | %d | %.1f %% | %.2f |%n", c.getKey(), c.getValue(),
                        100.0 * c.getValue() / total, c.getValue() * perRequest));
    }
}
