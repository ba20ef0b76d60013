package dk.mooc.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's configuration says it needs, read from its application.properties and platform-commons' shared
 * defaults as the prod profile sees them (keys of other profiles are left out): the topics it produces and consumes,
 * its consumer groups, and the environment variables its values refer to. Some settings are read by Java code instead
 * (a config source that decides on other settings, an optional {@code @ConfigProperty}): those variables are optional.
 */
record ServiceConfig(String service, Properties props) {
    static final Set<String> SERVICES = Set.of("proposal-service", "review-service", "production-service",
            "analytics-service");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    /** A property named in Java: {@code @ConfigProperty(name = "...")}, or a name constant of a config source factory. */
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([a-z][\\w.-]*)\"");
    private static final Pattern NAME_CONSTANT = Pattern.compile("static final String \\w+\\s*=\\s*\"([a-z][\\w-]*(\\.[\\w-]+)+)\"");

    static ServiceConfig of(String service) {
        Properties merged = new Properties();
        load(merged, Manifests.ROOT.resolve("platform/platform-commons/src/main/resources/META-INF/microprofile-config.properties"));
        load(merged, Manifests.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        return new ServiceConfig(service, merged);
    }

    private static void load(Properties into, Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new AssertionError("reading " + file + ": " + e, e);
        }
        // plain keys first, then the prod profile's, which win over them as in Quarkus
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                into.setProperty(key, p.getProperty(key));
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                into.setProperty(key.substring(6), p.getProperty(key));
            }
        }
    }

    /** The value of mp.messaging.incoming.CHANNEL.ATTRIBUTE for every channel. */
    private Set<String> incoming(String attribute) {
        Pattern key = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\." + Pattern.quote(attribute));
        Set<String> out = new TreeSet<>();
        for (String name : props.stringPropertyNames()) {
            if (key.matcher(name).matches()) {
                out.add(props.getProperty(name));
            }
        }
        return out;
    }

    /** Its own event topic (the outbox relay's) and its dead-letter topics. */
    Set<String> produces() {
        Set<String> out = new TreeSet<>(incoming("dead-letter-queue.topic"));
        out.add(props.getProperty("mooc.events.topic"));
        return out;
    }

    Set<String> consumes() {
        return incoming("topic");
    }

    Set<String> groups() {
        return incoming("group.id");
    }

    /** Every ${VAR} the prod configuration refers to: the service reads exactly these from its environment. */
    Set<String> environment() {
        Set<String> out = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            Matcher m = PLACEHOLDER.matcher(props.getProperty(key));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * The environment variables whose properties Java code of platform-commons or the service reads by name (with
     * MicroProfile Config's mapping: upper case, every other character an underscore). They have defaults or are
     * optional, so a manifest may set them but need not.
     */
    Set<String> javaEnvironment() {
        Set<String> out = new TreeSet<>();
        for (Path dir : List.of(Manifests.ROOT.resolve("platform/platform-commons/src/main/java"),
                Manifests.ROOT.resolve(service).resolve("src/main/java"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String java = Files.readString(f);
                    Matcher m = CONFIG_PROPERTY.matcher(java);
                    while (m.find()) {
                        out.add(environmentName(m.group(1)));
                    }
                    if (java.contains("implements ConfigSourceFactory")) {
                        m = NAME_CONSTANT.matcher(java);
                        while (m.find()) {
                            out.add(environmentName(m.group(1)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new AssertionError("reading " + dir + ": " + e, e);
            }
        }
        return out;
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
