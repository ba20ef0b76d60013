package dk.mooc.analytics.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.mooc.analytics.Fixtures.CHRIS;
import static dk.mooc.analytics.Fixtures.IDA;
import static dk.mooc.analytics.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking on a small catalogue worked out by hand: the course whose name is the proposal's topic ranks first, a
 * spelling variant no full-text search finds is found by the trigram match on names, and a course on something else
 * is not listed at all.
 */
@QuarkusTest
class SimilarityRankingTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void catalogue() {
        CatalogueFixtures.clear(em);
        CatalogueFixtures.importCsv("""
                c-ml,machine-learning,Machine Learning,"Build and evaluate machine learning models: supervised learning, regression and classification.",11,Stanford University,en,data-science/machine-learning
                c-ds,applied-data-science,Applied Data Science with Python,"Pandas, plotting and a first look at machine learning in Python notebooks.",12,University of Michigan,en,data-science/data-analysis
                c-dl,deep-learning,Deep Learning Specialization,"Neural networks, convolutional models and sequence models for practitioners.",13,DeepLearning.AI,en,data-science/machine-learning
                c-cr,crypto,Cryptography I,"The inner workings of cryptographic systems and how to use them correctly in real-world applications.",11,Stanford University,en,computer-science/computer-security-and-networks
                c-own,own-ml-engineering,Engineering Machine Learning Systems,"Deploying models in engineering practice, from the university's own labs.",own-u,Technical University of Testing,en;da,data-science/machine-learning
                c-pot,greek-pottery,Ancient Greek Pottery,"Vases, painters and workshops of Athens and Corinth.",14,University of Athens,en,arts-and-humanities/history
                c-wine,wine-tasting,Wine Tasting: Sensory Techniques,"How to taste wine: aromas, acidity and tannins.",15,UC Davis,en,arts-and-humanities/food
                """);
    }

    private static JsonPath similar(Map<String, Object> proposal) {
        return as(CHRIS).body(proposal).when().post("/catalogue/similar").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> names(JsonPath r) {
        return r.getList("courses.name");
    }

    @Test
    void theCourseNamedAfterTheTopicRanksFirstAndUnrelatedCoursesAreAbsent() {
        JsonPath r = similar(Map.of("title", "Machine Learning in Practice", "topic", "Machine learning",
                "summary", "From data to deployed models, with the pitfalls.",
                "targetLearners", "Engineering students and practising engineers",
                "uniqueness", "Built on industry projects"));
        System.out.println("[similarity] machine learning: " + r.prettify());
        List<String> names = names(r);
        assertEquals("Machine Learning", names.get(0));
        assertTrue(names.contains("Engineering Machine Learning Systems"), names.toString());
        assertFalse(names.contains("Ancient Greek Pottery"), names.toString());
        assertFalse(names.contains("Wine Tasting: Sensory Techniques"), names.toString());
        assertFalse(names.contains("Cryptography I"), names.toString());
        assertEquals(7, r.getInt("catalogueCourses"));

        Map<String, Object> first = r.getMap("courses[0]");
        assertEquals("https://www.coursera.org/learn/machine-learning", first.get("link"));
        assertEquals(List.of("Stanford University"), first.get("partners"));
        assertEquals(List.of("en"), first.get("languages"));
        assertEquals(Boolean.FALSE, first.get("ownUniversity"));
        assertTrue(((List<?>) first.get("matchedTerms")).containsAll(List.of("learning", "machine")), first.toString());
        assertEquals("TOPIC", first.get("nameResembles"));
        // best first
        List<Float> scores = r.getList("courses.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), scores.toString());
        }
        int own = names.indexOf("Engineering Machine Learning Systems");
        assertEquals(Boolean.TRUE, r.getBoolean("courses[" + own + "].ownUniversity"), "the university's own course");
        assertEquals(List.of("Technical University of Testing"), r.getList("courses[" + own + "].partners"));
    }

    @Test
    void aSpellingVariantThatFullTextMissesIsFoundByTheTrigramMatchOnTheName() {
        JsonPath r = similar(Map.of("title", "Kryptography for Engineers", "topic", "Kryptography",
                "summary", "Ciphers and protocols, with exercises."));
        System.out.println("[similarity] kryptography: " + r.prettify());
        List<String> names = names(r);
        assertEquals("Cryptography I", names.get(0), names.toString());
        assertEquals(List.of(), r.getList("courses[0].matchedTerms"), "no word in common: the trigrams found it");
        assertTrue(r.getFloat("courses[0].nameSimilarity") >= 0.3f, r.prettify());
        assertFalse(names.contains("Ancient Greek Pottery"), names.toString());
        assertFalse(names.contains("Machine Learning"), names.toString());
    }

    @Test
    void aMisspelledTopicStillFindsItsCourse() {
        JsonPath r = similar(Map.of("title", "Practical Machine Lerning", "topic", "Machine Lerning"));
        System.out.println("[similarity] machine lerning: " + r.prettify());
        assertEquals("Machine Learning", names(r).get(0), names(r).toString());
        assertFalse(names(r).contains("Wine Tasting: Sensory Techniques"));
    }

    @Test
    void aProposalOnSomethingTheCatalogueDoesNotHaveListsNothing() {
        JsonPath r = similar(Map.of("title", "Glacier Hydrology", "topic", "Glaciology",
                "summary", "Meltwater, ice sheets and sea-level rise."));
        assertEquals(List.of(), names(r));
    }

    @Test
    void theInstructorMayAskWhileDraftingAndAnEmptyProposalIsRefused() {
        as(IDA).body(Map.of("topic", "Machine learning", "limit", 1)).when().post("/catalogue/similar").then()
                .statusCode(200).body("courses.size()", org.hamcrest.Matchers.equalTo(1));
        as(IDA).body(Map.of("uniqueness", "nothing else")).when().post("/catalogue/similar").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:mooc:problem:validation"));
        as(IDA).body(Map.of("topic", "x", "limit", 500)).when().post("/catalogue/similar").then().statusCode(400);
    }
}
