package dk.mooc.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's rules over the rendered manifests of both overlays. */
class PolicyTest {
    static final Set<String> LABELS = Set.of("app.kubernetes.io/name", "app.kubernetes.io/component",
            "app.kubernetes.io/part-of", "app.kubernetes.io/instance", "app.kubernetes.io/managed-by",
            "app.kubernetes.io/version");
    /** Environment variables of the image's launcher (run-java.sh in the ubi9 OpenJDK runtime image), not the service's. */
    static final Set<String> LAUNCHER_ENV = Set.of("JAVA_OPTS_APPEND");
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|jaas|credential|_key$|^key$).*");

    static Stream<ObjectNode> containers(ObjectNode workload) {
        List<ObjectNode> out = new ArrayList<>();
        workload.path("spec").path("template").path("spec").path("containers").forEach(c -> out.add((ObjectNode) c));
        workload.path("spec").path("template").path("spec").path("initContainers").forEach(c -> out.add((ObjectNode) c));
        return out.stream();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectCarriesTheRecommendedLabels(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : Manifests.of(overlay)) {
            checkLabels(Manifests.id(o), o.path("metadata").path("labels"), problems);
            if (o.path("spec").path("template").has("metadata")) {
                checkLabels(Manifests.id(o) + " pod template", o.path("spec").path("template").path("metadata").path("labels"), problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void checkLabels(String where, JsonNode labels, List<String> problems) {
        for (String label : LABELS) {
            if (labels.path(label).asText("").isEmpty()) {
                problems.add(where + ": no " + label);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasProbesResourcesAndARestrictedSecurityContext(String overlay) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> deployments = Manifests.kind(overlay, "Deployment").toList();
        assertEquals(overlay.equals("prod") ? 6 : 5, deployments.size());
        for (ObjectNode d : deployments) {
            JsonNode pod = d.path("spec").path("template").path("spec");
            String id = Manifests.id(d);
            boolean service = ServiceConfig.SERVICES.contains(Manifests.name(d));
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                problems.add(id + ": the pod mounts a service account token");
            }
            ObjectNode sa = Manifests.one(overlay, "ServiceAccount", pod.path("serviceAccountName").asText());
            if (sa.path("automountServiceAccountToken").asBoolean(true)) {
                problems.add(Manifests.id(sa) + ": automountServiceAccountToken is not false");
            }
            if (!pod.path("securityContext").path("runAsNonRoot").asBoolean(false)) {
                problems.add(id + ": pod not runAsNonRoot");
            }
            Set<String> tmpVolumes = new TreeSet<>();
            pod.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    tmpVolumes.add(v.path("name").asText());
                }
            });
            containers(d).forEach(c -> {
                String where = id + " container " + c.path("name").asText();
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    if (!c.has(probe)) {
                        problems.add(where + ": no " + probe);
                    }
                }
                if (service) {
                    checkPath(c, "startupProbe", "/q/health/started", where, problems);
                    checkPath(c, "readinessProbe", "/q/health/ready", where, problems);
                    checkPath(c, "livenessProbe", "/q/health/live", where, problems);
                }
                JsonNode r = c.path("resources");
                for (String need : List.of("requests/cpu", "requests/memory", "limits/memory")) {
                    String[] p = need.split("/");
                    if (r.path(p[0]).path(p[1]).asText("").isEmpty()) {
                        problems.add(where + ": no resources." + p[0] + "." + p[1]);
                    }
                }
                JsonNode sc = c.path("securityContext");
                if (!sc.path("runAsNonRoot").asBoolean(false)) {
                    problems.add(where + ": not runAsNonRoot");
                }
                if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(where + ": root filesystem not read-only");
                }
                if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + ": allowPrivilegeEscalation not false");
                }
                if (!sc.path("capabilities").path("drop").toString().equals("[\"ALL\"]")) {
                    problems.add(where + ": capabilities not drop [ALL]");
                }
                if (!sc.path("seccompProfile").path("type").asText().equals("RuntimeDefault")) {
                    problems.add(where + ": seccomp profile not RuntimeDefault");
                }
                boolean tmp = false;
                for (JsonNode m : c.path("volumeMounts")) {
                    tmp |= m.path("mountPath").asText().equals("/tmp") && tmpVolumes.contains(m.path("name").asText());
                }
                if (!tmp) {
                    problems.add(where + ": /tmp is not an emptyDir");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    private static void checkPath(JsonNode c, String probe, String path, String where, List<String> problems) {
        String actual = c.path(probe).path("httpGet").path("path").asText();
        if (!actual.equals(path)) {
            problems.add(where + ": " + probe + " on " + actual + ", not " + path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesArePinnedAndNamedOnlyInTheKustomization(String overlay) throws Exception {
        List<String> problems = new ArrayList<>();
        Manifests.kind(overlay, "Deployment").forEach(d -> containers(d).forEach(c -> {
            String image = c.path("image").asText();
            Matcher m = Pattern.compile("^[a-z0-9.-]+(:[0-9]+)?/[a-z0-9./_-]+:([A-Za-z0-9._-]+)$").matcher(image);
            if (!m.matches()) {
                problems.add(Manifests.id(d) + ": image " + image + " is not registry/name:tag");
            } else if (m.group(2).equals("latest")) {
                problems.add(Manifests.id(d) + ": image " + image + " uses latest");
            }
        }));
        // the manifests themselves name images without registry or tag: kustomization's images: is the one place
        try (Stream<Path> files = Files.walk(Manifests.K8S)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.matches("\\s*image:\\s*\\S*[:/].*")) {
                        problems.add(Manifests.K8S.relativize(f) + ": " + line.trim() + " (set it in images: instead)");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSecretValueInAnyManifest(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : Manifests.of(overlay)) {
            if (o.path("kind").asText().equals("Secret")) {
                problems.add(Manifests.id(o) + ": a Secret in the manifests");
            }
            if (o.path("kind").asText().equals("ConfigMap")) {
                o.path("data").fieldNames().forEachRemaining(k -> {
                    if (SECRET_NAME.matcher(k).matches()) {
                        problems.add(Manifests.id(o) + ": key " + k + " looks like a secret");
                    }
                });
            }
            containers(o).forEach(c -> c.path("env").forEach(e -> {
                if (e.has("value") && SECRET_NAME.matcher(e.path("name").asText()).matches()) {
                    problems.add(Manifests.id(o) + ": " + e.path("name").asText() + " has a literal value");
                }
            }));
        }
        // the realm: prod has no credentials at all; dev's demo realm has only the documented demo ones
        JsonNode realm = Manifests.one(overlay, "KeycloakRealmImport", "mooc-realm").path("spec").path("realm");
        String text = realm.toString();
        if (overlay.equals("prod")) {
            assertFalse(realm.has("users"), "prod realm has users");
            // the one client secret (Headlamp's) is a placeholder the operator fills from a Secret
            realm.path("clients").forEach(c -> {
                if (c.has("secret")) {
                    String placeholder = c.path("secret").asText().replaceAll("^\\$\\{(\\w+)}$", "$1");
                    assertFalse(placeholder.equals(c.path("secret").asText()), c.path("clientId").asText() + " has a literal secret");
                    assertTrue(Manifests.one(overlay, "KeycloakRealmImport", "mooc-realm").path("spec").path("placeholders")
                            .path(placeholder).path("secret").has("name"), placeholder + " is filled from a Secret");
                }
            });
            assertFalse(text.contains("\"credentials\""), "prod realm has credentials");
            realm.path("clients").forEach(c -> assertFalse(c.path("directAccessGrantsEnabled").asBoolean(false),
                    c.path("clientId").asText() + " allows the password grant in prod"));
            assertTrue(realm.path("passwordPolicy").asText().contains("length(12)"), "prod realm password policy");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTopicTheServicesUseHasAKafkaTopic() {
        for (String overlay : Manifests.OVERLAYS) {
            Set<String> declared = Manifests.kind(overlay, "KafkaTopic")
                    .map(t -> t.path("spec").path("topicName").asText(Manifests.name(t)))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> used = new TreeSet<>();
            for (String s : ServiceConfig.SERVICES) {
                used.addAll(ServiceConfig.of(s).produces());
                used.addAll(ServiceConfig.of(s).consumes());
            }
            assertEquals(13, used.size(), "4 event topics and 9 dead-letter topics: " + used);
            assertEquals(used, declared, overlay + ": KafkaTopics vs the topics in application.properties");
        }
    }

    @Test
    void eachKafkaUserMayDoExactlyWhatItsServiceConfigurationNeeds() {
        for (String overlay : Manifests.OVERLAYS) {
            for (String s : ServiceConfig.SERVICES) {
                ServiceConfig cfg = ServiceConfig.of(s);
                Set<String> expected = new TreeSet<>();
                cfg.produces().forEach(t -> expected.addAll(Set.of("topic " + t + " Write", "topic " + t + " Describe")));
                cfg.consumes().forEach(t -> expected.addAll(Set.of("topic " + t + " Read", "topic " + t + " Describe")));
                cfg.groups().forEach(g -> expected.add("group " + g + " Read"));
                ObjectNode user = Manifests.one(overlay, "KafkaUser", s);
                assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText());
                Set<String> actual = new TreeSet<>();
                for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                    JsonNode r = acl.path("resource");
                    assertEquals("literal", r.path("patternType").asText(), s + ": ACLs name topics and groups exactly");
                    assertEquals("allow", acl.path("type").asText("allow"), s);
                    acl.path("operations").forEach(op -> actual.add(r.path("type").asText() + " " + r.path("name").asText() + " " + op.asText()));
                }
                assertEquals(expected, actual, overlay + ": ACLs of " + s);
            }
        }
    }

    /** The service's environment as the pod gets it: env and the ConfigMaps of envFrom. */
    static Map<String, JsonNode> environment(String overlay, ObjectNode deployment) {
        Map<String, JsonNode> env = new TreeMap<>();
        containers(deployment).forEach(c -> {
            for (JsonNode from : c.path("envFrom")) {
                ObjectNode cm = Manifests.one(overlay, "ConfigMap", from.path("configMapRef").path("name").asText());
                cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue()));
            }
            c.path("env").forEach(e -> env.put(e.path("name").asText(), e));
        });
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableAServiceReadsIsSetAndEverySetVariableIsRead(String overlay) {
        for (String s : ServiceConfig.SERVICES) {
            Set<String> reads = ServiceConfig.of(s).environment();
            assertTrue(reads.containsAll(Set.of("MOOC_DB_URL", "MOOC_KAFKA", "MOOC_KAFKA_SASL_JAAS_CONFIG", "MOOC_OIDC_URL")), s + " " + reads);
            Map<String, JsonNode> env = environment(overlay, Manifests.one(overlay, "Deployment", s));
            Set<String> missing = new TreeSet<>(reads);
            missing.removeAll(env.keySet());
            assertEquals(Set.of(), missing, overlay + ": " + s + " reads these, the manifests do not set them");
            Set<String> unread = new TreeSet<>(env.keySet());
            unread.removeAll(reads);
            unread.removeAll(ServiceConfig.of(s).javaEnvironment());
            unread.removeAll(LAUNCHER_ENV);
            assertEquals(Set.of(), unread, overlay + ": " + s + " does not read these");
        }
    }

    @Test
    void prodSendsSpansToTheCollectorAndMailOnlyAuthenticatedAndEncrypted() {
        for (String s : ServiceConfig.SERVICES) {
            Map<String, JsonNode> env = environment("prod", Manifests.one("prod", "Deployment", s));
            // read in Java (CollectorSwitch), not through a placeholder: the policy test must know it is read
            assertTrue(ServiceConfig.of(s).javaEnvironment().contains("MOOC_OTEL_ENDPOINT"), s);
            assertTrue(env.get("MOOC_OTEL_ENDPOINT").asText().matches("http://[a-z0-9.-]+:4317"),
                    s + ": an OTLP/gRPC collector address, was " + env.get("MOOC_OTEL_ENDPOINT"));
            boolean startTls = env.get("MOOC_SMTP_START_TLS").asText().equals("REQUIRED");
            boolean tls = env.get("MOOC_SMTP_TLS").asText().equals("true");
            assertTrue(startTls || tls, s + ": mail goes out encrypted (STARTTLS required, or TLS)");
            assertEquals("REQUIRED", env.get("MOOC_SMTP_LOGIN").asText(), s + ": no mail without the login");
            for (String secret : List.of("MOOC_SMTP_USER", "MOOC_SMTP_PASSWORD")) {
                JsonNode ref = env.get(secret).path("valueFrom").path("secretKeyRef");
                assertEquals("mooc-smtp", ref.path("name").asText(), s + ": " + secret + " from the Secret mooc-smtp");
                assertFalse(ref.path("optional").asBoolean(false), s + ": " + secret + " is required");
            }
            String egress = Manifests.one("prod", "NetworkPolicy", s).path("spec").path("egress").toString();
            assertTrue(egress.contains("\"port\":4317"), s + " may reach the collector");
        }
        // dev leaves tracing off and keeps a plain local mail catcher
        for (String s : ServiceConfig.SERVICES) {
            Map<String, JsonNode> env = environment("dev", Manifests.one("dev", "Deployment", s));
            assertFalse(env.containsKey("MOOC_OTEL_ENDPOINT"), s);
            assertEquals("DISABLED", env.get("MOOC_SMTP_START_TLS").asText(), s);
        }
    }

    /** Every figure of the services an alert or a dashboard uses is one a service is checked to export. */
    @Test
    void alertsAndDashboardsUseOnlyFiguresTheServicesExportAndEveryAlertHasARunbookEntry() throws Exception {
        String conventions = Files.readString(Manifests.ROOT.resolve(
                "platform/platform-testing/src/main/java/dk/mooc/platform/testing/ServiceConventionsTest.java"));
        Set<String> exported = names(Pattern.compile("containsString\\(\"(mooc_[a-z_]+)\"\\)"), conventions);
        assertTrue(exported.containsAll(Set.of("mooc_outbox_oldest_unsent_age_seconds", "mooc_mail_queued",
                "mooc_mail_oldest_queued_age_seconds", "mooc_mail_failed_total")), exported.toString());
        Pattern figure = Pattern.compile("\\b(mooc_[a-z_]+)");
        ObjectNode rule = Manifests.one("prod", "PrometheusRule", "mooc-platform");
        Set<String> used = names(figure, rule.path("spec").toString());
        Manifests.kind("prod", "ConfigMap").filter(c -> Manifests.name(c).equals("mooc-dashboards"))
                .forEach(c -> c.path("data").forEach(d -> used.addAll(names(figure, d.asText()))));
        assertTrue(used.containsAll(Set.of("mooc_outbox_oldest_unsent_age_seconds", "mooc_mail_queued",
                "mooc_mail_oldest_queued_age_seconds", "mooc_mail_failed_total")), "alerted or shown: " + used);
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(exported);
        assertEquals(Set.of(), unknown, "figures no service is checked to export (ServiceConventionsTest)");

        String runbook = Files.readString(Manifests.ROOT.resolve("docs/operations.md"));
        Set<String> alerts = new TreeSet<>();
        for (JsonNode group : rule.path("spec").path("groups")) {
            for (JsonNode r : group.path("rules")) {
                String alert = r.path("alert").asText();
                alerts.add(alert);
                String anchor = alert.toLowerCase(java.util.Locale.ROOT);
                assertEquals("docs/operations.md#" + anchor, r.path("annotations").path("runbook").asText(), alert);
                assertTrue(runbook.contains("<a id=\"" + anchor + "\"></a>**" + alert + "**"), alert + " is explained in the runbook");
            }
        }
        assertTrue(alerts.containsAll(Set.of("MoocOutboxStuck", "MoocMailQueueStuck", "MoocMailFailed")), alerts.toString());
        String outbox = rule.path("spec").toString();
        assertFalse(outbox.contains("min_over_time(mooc_outbox_pending"), "the stuck outbox is told by its oldest event's age");
    }

    private static Set<String> names(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theGatewayServesTheSharedRouteTableWithEveryPlaceholderSet() throws Exception {
        String template = Files.readString(Manifests.ROOT.resolve("deploy/gateway/routes.conf.template"));
        Set<String> placeholders = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(template);
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        assertTrue(placeholders.contains("PROPOSAL_UPSTREAM"), placeholders.toString());
        for (String overlay : Manifests.OVERLAYS) {
            ObjectNode routes = Manifests.kind(overlay, "ConfigMap")
                    .filter(c -> Manifests.name(c).startsWith("gateway-routes")).findFirst().orElseThrow();
            assertEquals(template, routes.path("data").path("routes.conf.template").asText(), "one source of routes");
            ObjectNode gateway = Manifests.one(overlay, "Deployment", "gateway");
            Set<String> set = new TreeSet<>(environment(overlay, gateway).keySet());
            set.remove("NGINX_ENVSUBST_FILTER");
            assertEquals(placeholders, set, overlay + ": the gateway's variables are the route table's placeholders");
            Pattern filter = Pattern.compile(environment(overlay, gateway).get("NGINX_ENVSUBST_FILTER").path("value").asText());
            placeholders.forEach(p -> assertTrue(filter.matcher(p).find(), p + " is not substituted"));
            containers(gateway).forEach(c -> {
                boolean mounted = false;
                for (JsonNode vm : c.path("volumeMounts")) {
                    mounted |= vm.path("mountPath").asText().equals("/etc/nginx/templates");
                }
                assertTrue(mounted, "the route template is mounted where the nginx image renders templates");
            });
        }
    }

    @Test
    void prodIsHighlyAvailable() {
        String o = "prod";
        for (String name : List.of("proposal-service", "review-service", "production-service", "analytics-service", "gateway")) {
            ObjectNode d = Manifests.one(o, "Deployment", name);
            assertTrue(d.path("spec").path("replicas").asInt() >= 2, name);
            assertFalse(d.path("spec").path("template").path("spec").path("topologySpreadConstraints").isEmpty(), name);
            assertEquals(name, Manifests.one(o, "HorizontalPodAutoscaler", name).path("spec").path("scaleTargetRef").path("name").asText());
            assertTrue(Manifests.one(o, "HorizontalPodAutoscaler", name).path("spec").path("minReplicas").asInt() >= 2, name);
            assertEquals(name, Manifests.one(o, "PodDisruptionBudget", name).path("spec").path("selector").path("matchLabels")
                    .path("app.kubernetes.io/name").asText());
        }
        Manifests.kind(o, "KafkaNodePool").forEach(p -> assertEquals(3, p.path("spec").path("replicas").asInt(), Manifests.id(p)));
        Set<String> roles = Manifests.kind(o, "KafkaNodePool").map(p -> p.path("spec").path("roles").toString()).collect(Collectors.toSet());
        assertEquals(Set.of("[\"controller\"]", "[\"broker\"]"), roles);
        Manifests.kind(o, "KafkaTopic").forEach(t -> {
            assertEquals(3, t.path("spec").path("replicas").asInt(), Manifests.id(t));
            assertEquals(2, t.path("spec").path("config").path("min.insync.replicas").asInt(), Manifests.id(t));
        });
        assertEquals(2, Manifests.one(o, "Kafka", "mooc-kafka").path("spec").path("kafka").path("config").path("min.insync.replicas").asInt());
        assertEquals(3, Manifests.one(o, "Cluster", "mooc-db").path("spec").path("instances").asInt());
        assertEquals(2, Manifests.one(o, "Keycloak", "mooc-keycloak").path("spec").path("instances").asInt());
        assertEquals(4, Manifests.kind(o, "Database").count());
        Manifests.kind(o, "Database").forEach(db -> assertEquals(db.path("spec").path("name").asText(),
                db.path("spec").path("owner").asText(), "each database is owned by its own role"));
        ObjectNode deny = Manifests.one(o, "NetworkPolicy", "default-deny");
        assertTrue(deny.path("spec").path("podSelector").isEmpty());
        assertEquals("[\"Ingress\",\"Egress\"]", deny.path("spec").path("policyTypes").toString());
        assertFalse(deny.path("spec").has("ingress") || deny.path("spec").has("egress"));
        assertTrue(Manifests.kind(o, "ScheduledBackup").count() >= 1);
    }

    @Test
    void prodNetworkPoliciesAllowExactlyThePlatformsFlows() {
        String gatewayEgress = Manifests.one("prod", "NetworkPolicy", "gateway").path("spec").path("egress").toString();
        for (String s : ServiceConfig.SERVICES) {
            assertTrue(gatewayEgress.contains(s), "gateway -> " + s);
            JsonNode spec = Manifests.one("prod", "NetworkPolicy", s).path("spec");
            String ingress = spec.path("ingress").toString();
            assertTrue(ingress.contains("\"app.kubernetes.io/name\":\"gateway\""), s + " admits the gateway");
            assertFalse(ingress.contains("backend"), s + " admits no other service");
            String egress = spec.path("egress").toString();
            for (String peer : List.of("\"cnpg.io/cluster\":\"mooc-db\"", "\"strimzi.io/cluster\":\"mooc-kafka\"", "\"app\":\"keycloak\"")) {
                assertTrue(egress.contains(peer), s + " -> " + peer);
            }
            assertFalse(egress.contains("keycloak-db") || egress.contains("app.kubernetes.io/name"), s + " reaches nothing else in the namespace");
            // Only analytics-service goes out on HTTPS (Coursera's catalogue API), and only to public addresses.
            List<JsonNode> https = new ArrayList<>();
            spec.path("egress").forEach(rule -> rule.path("ports").forEach(port -> {
                if (port.path("port").asInt() == 443) {
                    https.add(rule);
                }
            }));
            if (s.equals("analytics-service")) {
                assertEquals(1, https.size(), s + " reaches Coursera's API on 443");
                JsonNode block = https.get(0).path("to").path(0).path("ipBlock");
                assertEquals("0.0.0.0/0", block.path("cidr").asText());
                assertEquals("[\"10.0.0.0/8\",\"172.16.0.0/12\",\"192.168.0.0/16\"]", block.path("except").toString(),
                        s + " reaches no private address on 443");
                assertEquals(1, https.get(0).path("ports").size(), s + ": the rule opens 443 only");
            } else {
                assertEquals(List.of(), https, s + " has no HTTPS egress");
            }
        }
    }

    /** The catalogue sync's address is configured where the service reads it, and is the HTTPS address the policy opens. */
    @Test
    void analyticsServiceIsConfiguredWithCourserasCatalogueApi() {
        for (String overlay : Manifests.OVERLAYS) {
            JsonNode data = Manifests.one(overlay, "ConfigMap", "analytics-service").path("data");
            assertEquals("https://api.coursera.org", data.path("MOOC_CATALOGUE_API_URL").asText(), overlay);
            assertTrue(data.has("MOOC_CATALOGUE_OWN_PARTNER"), overlay + ": the own partner is set (empty: none)");
        }
        assertEquals("${MOOC_CATALOGUE_API_URL:}", ServiceConfig.of("analytics-service").props().getProperty("mooc.catalogue.api-url"));
    }

    /**
     * Headlamp signs administrators in through the platform's Keycloak with a confidential client whose secret is one
     * Secret for both sides, and only the realm role admin is bound to anything in the cluster.
     */
    @Test
    void headlampSignsInThroughKeycloakAndOnlyAdministratorsAreBound() {
        ObjectNode realmImport = Manifests.one("prod", "KeycloakRealmImport", "mooc-realm");
        JsonNode client = null;
        for (JsonNode c : realmImport.path("spec").path("realm").path("clients")) {
            if (c.path("clientId").asText().equals("headlamp")) {
                client = c;
            }
        }
        assertTrue(client != null, "the prod realm has the client headlamp");
        assertFalse(client.path("publicClient").asBoolean(true), "confidential");
        assertTrue(client.path("standardFlowEnabled").asBoolean(false));
        assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true));
        String secretPlaceholder = client.path("secret").asText().replaceAll("^\\$\\{(\\w+)}$", "$1");
        JsonNode realmSide = realmImport.path("spec").path("placeholders").path(secretPlaceholder).path("secret");
        boolean groups = false;
        for (JsonNode m : client.path("protocolMappers")) {
            groups |= m.path("protocolMapper").asText().equals("oidc-usermodel-realm-role-mapper")
                    && m.path("config").path("claim.name").asText().equals("groups")
                    && m.path("config").path("id.token.claim").asText().equals("true");
        }
        assertTrue(groups, "the ID token carries the realm roles as groups");
        assertFalse(client.path("fullScopeAllowed").asBoolean(true), "only mapped roles reach Headlamp's tokens");
        assertEquals("[{\"client\":\"headlamp\",\"roles\":[\"admin\"]}]",
                realmImport.path("spec").path("realm").path("scopeMappings").toString());
        assertFalse(Manifests.one("dev", "KeycloakRealmImport", "mooc-realm").toString().contains("headlamp"), "dev has no Headlamp");

        ObjectNode headlamp = Manifests.one("prod", "Deployment", "headlamp");
        JsonNode secretRef = environment("prod", headlamp).get("OIDC_CLIENT_SECRET").path("valueFrom").path("secretKeyRef");
        assertEquals(secretRef.path("name").asText(), realmSide.path("name").asText(), "one Secret for Keycloak and Headlamp");
        assertEquals(secretRef.path("key").asText(), realmSide.path("key").asText());
        String args = containers(headlamp).map(c -> c.path("args").toString()).collect(Collectors.joining());
        assertTrue(args.contains("-oidc-client-id=headlamp") && args.contains("$(OIDC_CLIENT_SECRET)")
                && args.contains("/realms/mooc"), args);

        for (String kind : List.of("ClusterRoleBinding", "RoleBinding")) {
            Manifests.kind("prod", kind).forEach(b -> assertEquals("[{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"Group\",\"name\":\"oidc:admin\"}]",
                    b.path("subjects").toString(), Manifests.id(b) + " binds only the administrators"));
        }
        ObjectNode read = Manifests.one("prod", "ClusterRole", "mooc-headlamp-read");
        for (JsonNode r : read.path("rules")) {
            assertEquals("[\"get\",\"list\",\"watch\"]", r.path("verbs").toString(), "read-only");
            assertFalse(r.path("resources").toString().contains("secrets") || (r.path("apiGroups").toString().contains("\"\"")
                    && r.path("resources").toString().contains("\"*\"")), "no Secrets");
        }
        assertTrue(Manifests.kind("prod", "ClusterRoleBinding").count() == 1, "one cluster-wide binding");
    }

    @Test
    void theRealmImportsAreGeneratedFromTheOneRealmSource() throws Exception {
        Process p = new ProcessBuilder("node", Manifests.K8S.resolve("realm-import.mjs").toString(), "--check")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "regenerate with: node deploy/k8s/realm-import.mjs\n" + out);
        assertTrue(Manifests.one("dev", "KeycloakRealmImport", "mooc-realm").path("spec").path("realm").has("users"), "dev: the demo realm");
    }
}
