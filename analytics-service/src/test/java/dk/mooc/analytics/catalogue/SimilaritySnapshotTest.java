package dk.mooc.analytics.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mooc.analytics.event.AnalyticsEvents;
import dk.mooc.platform.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dk.mooc.analytics.Fixtures.BEA;
import static dk.mooc.analytics.Fixtures.BO;
import static dk.mooc.analytics.Fixtures.CHRIS;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.OLE;
import static dk.mooc.analytics.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The similarity snapshot frozen when a proposal is submitted, from proposal-service's real events (its published
 * examples) over the real broker: once per version however often the event comes, a resubmitted version adds its own,
 * a later catalogue does not change what was frozen, and it is visible as the proposal is.
 */
@QuarkusTest
class SimilaritySnapshotTest {

    /** mp.messaging.incoming.catalogue-proposal-events.group.id in application.properties. */
    private static final String GROUP = "analytics-service-catalogue";
    private static final String TOPIC = "proposal-events";
    private static final Path CONTRACTS = Path.of(System.getProperty("mooc.root", "..")).resolve(
            "proposal-service/src/main/resources/META-INF/events");

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @BeforeEach
    void catalogue() {
        CatalogueFixtures.clear(em);
        CatalogueFixtures.importCsv("""
                q1,quantum-computing,Introduction to Quantum Computing,"Qubits, gates and quantum algorithms for beginners.",20,Fermilab,en,physical-science-and-engineering/physics-and-astronomy
                q2,quantum-hardware,Quantum Hardware for Engineers,"Superconducting qubits and real quantum hardware.",own-u,Technical University of Testing,en,physical-science-and-engineering/electrical-engineering
                w1,wine-tasting,Wine Tasting,"Aromas, acidity and tannins.",15,UC Davis,en,arts-and-humanities/food
                """);
    }

    private ObjectNode example(String type, UUID moocId) throws Exception {
        ObjectNode e = (ObjectNode) mapper.readTree(Files.readString(CONTRACTS.resolve(type + ".example.json")));
        e.put("moocId", moocId.toString());
        e.putObject("instructor").put("id", "ida-sub").put("name", "Ida Instructor").put("email", "ida@example.org");
        e.put("department", "Compute");
        e.put("aFieldFromTheFuture", "ignored");
        return e;
    }

    private static void publish(String eventId, String type, UUID moocId, String data) {
        KafkaTestClient.publish(TOPIC, eventId, "/proposal-service", type, moocId.toString(), data);
    }

    private static JsonPath snapshots(dk.mooc.platform.testing.TestTokens.Person p, UUID moocId) {
        return as(p).queryParam("moocId", moocId).get("/catalogue/similarity-snapshots").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theSubmittedVersionsSimilarCoursesAreFrozenOnceAndEachVersionGetsItsOwn() throws Exception {
        UUID moocId = UUID.randomUUID();
        ObjectNode submitted = example(AnalyticsEvents.PROPOSAL_SUBMITTED, moocId);
        String eventId = UUID.randomUUID().toString();
        publish(eventId, AnalyticsEvents.PROPOSAL_SUBMITTED, moocId, submitted.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(CHRIS, moocId).getList("").size() == 1);

        JsonPath first = snapshots(CHRIS, moocId);
        assertEquals(1, first.getInt("[0].proposalVersion"));
        assertEquals("Quantum Computing for Engineers", first.getString("[0].proposal.title"));
        assertEquals("Runs on real quantum hardware; no Coursera course does", first.getString("[0].proposal.uniqueness"),
                "the uniqueness text travels with the event since 1.4");
        assertEquals(3, first.getInt("[0].catalogueCourses"));
        List<String> names = first.getList("[0].matches.name");
        // the topic is the first course's name; the second is the university's own, on the same hardware
        assertEquals(List.of("Introduction to Quantum Computing", "Quantum Hardware for Engineers"), names);
        assertEquals("https://www.coursera.org/learn/quantum-computing", first.getString("[0].matches[0].link"));
        assertEquals(false, first.getBoolean("[0].matches[0].ownUniversity"));
        assertEquals(true, first.getBoolean("[0].matches[1].ownUniversity"));
        String hash = first.getString("[0].contentHash");

        // redelivered, and the same version under a new event id: nothing new
        publish(eventId, AnalyticsEvents.PROPOSAL_SUBMITTED, moocId, submitted.toString());
        publish(UUID.randomUUID().toString(), AnalyticsEvents.PROPOSAL_SUBMITTED, moocId, submitted.toString());
        KafkaTestClient.awaitConsumed(GROUP, TOPIC, Duration.ofSeconds(60));
        assertEquals(1, snapshots(CHRIS, moocId).getList("").size());

        // the catalogue changes afterwards: what was frozen stays as it was
        CatalogueFixtures.clear(em);
        CatalogueFixtures.importCsv("w1,wine-tasting,Wine Tasting,\"Aromas.\",15,UC Davis,en,\n");
        assertEquals(names, snapshots(CHRIS, moocId).getList("[0].matches.name"));

        // the committee asked for a revision; version 2 compares its own text against today's catalogue
        ObjectNode resubmitted = example(AnalyticsEvents.PROPOSAL_RESUBMITTED, moocId);
        resubmitted.put("proposalVersion", 2).put("previousVersion", 1).put("title", "Wine Chemistry for Engineers")
                .put("topic", "Wine tasting");
        publish(UUID.randomUUID().toString(), AnalyticsEvents.PROPOSAL_RESUBMITTED, moocId, resubmitted.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(CHRIS, moocId).getList("").size() == 2);
        JsonPath both = snapshots(CHRIS, moocId);
        assertEquals(List.of(2, 1), both.getList("proposalVersion"), "newest first");
        assertEquals(List.of("Wine Tasting"), both.getList("[0].matches.name"));
        assertEquals(names, both.getList("[1].matches.name"));
        assertEquals(hash, both.getString("[1].contentHash"));
    }

    @Test
    void snapshotsAreVisibleAsTheProposalIs() throws Exception {
        UUID moocId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), AnalyticsEvents.PROPOSAL_SUBMITTED, moocId,
                example(AnalyticsEvents.PROPOSAL_SUBMITTED, moocId).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(CHRIS, moocId).getList("").size() == 1);

        as(IDA).queryParam("moocId", moocId).get("/catalogue/similarity-snapshots").then().body("", hasSize(1));
        as(BO).queryParam("moocId", moocId).get("/catalogue/similarity-snapshots").then().body("", hasSize(1));
        as(OLE).queryParam("moocId", moocId).get("/catalogue/similarity-snapshots").then().body("", hasSize(0));
        as(BEA).queryParam("moocId", moocId).get("/catalogue/similarity-snapshots").then().body("", hasSize(0));
    }

    @Test
    void eachSnapshotSaysWhetherItsCatalogueWasStaleWhenItWasTaken() throws Exception {
        UUID moocId = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), AnalyticsEvents.PROPOSAL_SUBMITTED, moocId,
                example(AnalyticsEvents.PROPOSAL_SUBMITTED, moocId).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(CHRIS, moocId).getList("").size() == 1);
        JsonPath fresh = snapshots(CHRIS, moocId);
        assertEquals(false, fresh.getBoolean("[0].catalogueStale"), "compared with a catalogue imported just before");
        assertEquals(14, fresh.getInt("[0].staleAfterDays"), "mooc.catalogue.stale-after, as getCatalogue answers it");

        // all of it happened 15 days ago (the setting is 14): version 2, today, is compared with a stale catalogue
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update catalogue_sync set started_at = started_at - interval '15 days', "
                    + "finished_at = finished_at - interval '15 days'").executeUpdate();
            em.createNativeQuery("update similarity_snapshot set computed_at = computed_at - interval '15 days', "
                    + "submitted_at = submitted_at - interval '15 days' where mooc_id = :mooc")
                    .setParameter("mooc", moocId).executeUpdate();
        });
        ObjectNode resubmitted = example(AnalyticsEvents.PROPOSAL_RESUBMITTED, moocId);
        resubmitted.put("proposalVersion", 2).put("previousVersion", 1);
        publish(UUID.randomUUID().toString(), AnalyticsEvents.PROPOSAL_RESUBMITTED, moocId, resubmitted.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(CHRIS, moocId).getList("").size() == 2);
        JsonPath both = snapshots(CHRIS, moocId);
        assertEquals(List.of(true, false), both.getList("catalogueStale"), "version 2's stale, version 1's as it was");
        assertEquals(getCatalogueStale(), both.getBoolean("[0].catalogueStale"),
                "judged as getCatalogue judges the catalogue it was compared with");
    }

    private static boolean getCatalogueStale() {
        return as(CHRIS).get("/catalogue").then().statusCode(200).extract().jsonPath().getBoolean("stale");
    }
}
