package dk.mooc.production.rest;

import dk.mooc.platform.testing.TestTokens;
import dk.mooc.platform.testing.TestTokens.Person;
import dk.mooc.platform.web.PageResponse;
import dk.mooc.production.Production;
import dk.mooc.production.launch.ProductionFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A list counts its matches only as far as pagination needs (PageResponse): up to 1,000 items past the page's first
 * item, exact below that, and "more than" above it. 1,045 copies of one production for an instructor of his own (Ivar),
 * read through his list's scope (his own, his teams', his feedback rounds) and the admin's (every production).
 */
@QuarkusTest
class ProductionListCountTest {

    static final Person IVAR = TestTokens.person("ivar", "Compute", "instructor");
    static final Person CONRAD = TestTokens.person("conrad", null, "consultant");
    static final Person ADA = TestTokens.person("ada", null, "admin");
    static final int COPIES = 1_045;

    private static RequestSpecification as(Person p) {
        return given().auth().oauth2(p.token()).contentType(ContentType.JSON);
    }

    private static JsonPath page(Person p, int page, int size) {
        return as(p).get("/productions?page={page}&size={size}", page, size).then().statusCode(200).extract().jsonPath();
    }

    private static boolean seeded;

    /**
     * One production approved for Ivar, then copied in the database with start times a second apart; once per class,
     * from the first test (RestAssured knows the application's port only in a test, not in {@code @BeforeAll}).
     */
    @BeforeEach
    void seed() throws Exception {
        if (seeded) {
            return;
        }
        UUID template = ProductionFixture.approved(IVAR, CONRAD, true);
        String copy = "md5('count-copy-' || '" + template + "' || n)::uuid";
        int copied = QuarkusTransaction.requiringNew().call(() -> Production.getEntityManager().createNativeQuery(
                "insert into production select (jsonb_populate_record(null::production, to_jsonb(t)"
                        + " || jsonb_build_object('mooc_id', " + copy + ", 'title', 'Count copy ' || n,"
                        + " 'started_at', t.started_at - n * interval '1 second'))).*"
                        + " from production t, generate_series(1, " + (COPIES - 1) + ") n where t.mooc_id = '" + template
                        + "'").executeUpdate());
        assertEquals(COPIES - 1, copied);
        seeded = true;
    }

    @Test
    void aFullPageCountsAThousandPastItsFirstItemAndSaysWhenThereAreMore() {
        JsonPath first = page(IVAR, 0, 20);
        assertEquals(20, first.getList("items").size());
        assertEquals(PageResponse.COUNTED_AHEAD, first.getLong("total"), "counting stops 1,000 past the first item");
        assertFalse(first.getBoolean("totalExact"), "and says that more match");

        JsonPath second = page(IVAR, 1, 20);
        assertEquals(20 + PageResponse.COUNTED_AHEAD, second.getLong("total"), "the bound moves with the page");
        assertFalse(second.getBoolean("totalExact"));

        JsonPath nearTheEnd = page(IVAR, 2, 100);
        assertEquals(COPIES, nearTheEnd.getLong("total"), "1,045 is within 1,000 of the 201st item: counted exactly");
        assertTrue(nearTheEnd.getBoolean("totalExact"));
    }

    @Test
    void theLastPageAndAPagePastTheEndSayTheExactTotal() {
        JsonPath last = page(IVAR, 10, 100);
        assertEquals(COPIES - 1_000, last.getList("items").size());
        assertEquals(COPIES, last.getLong("total"));
        assertTrue(last.getBoolean("totalExact"));

        JsonPath past = page(IVAR, 11, 100);
        assertEquals(0, past.getList("items").size());
        assertEquals(COPIES, past.getLong("total"));
        assertTrue(past.getBoolean("totalExact"));

        JsonPath farPast = page(IVAR, Integer.MAX_VALUE, 100);
        assertEquals(0, farPast.getList("items").size(), "a page whose offset would overflow is past the end");
        assertEquals(COPIES, farPast.getLong("total"));
    }

    @Test
    void pagesReadInTurnAreTheListInItsOrderWithoutGapsOrRepeats() {
        List<String> pagedBy20 = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            pagedBy20.addAll(page(IVAR, p, 20).getList("items.moocId"));
        }
        assertEquals(page(IVAR, 0, 100).getList("items.moocId"), pagedBy20);
        List<OffsetDateTime> started = page(IVAR, 0, 100).<String>getList("items.startedAt").stream()
                .map(OffsetDateTime::parse).toList();
        List<OffsetDateTime> newestFirst = started.stream().sorted(Comparator.reverseOrder()).toList();
        assertEquals(newestFirst, started, "newest first");
    }

    @Test
    void theAdminsListOfEveryProductionIsBoundedTheSameWay() {
        JsonPath first = page(ADA, 0, 20);
        assertEquals(PageResponse.COUNTED_AHEAD, first.getLong("total"));
        assertFalse(first.getBoolean("totalExact"));
    }
}
