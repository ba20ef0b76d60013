package dk.mooc.production.rest;

import dk.mooc.platform.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dk.mooc.platform.testing.OpenApiDocument.named;
import static dk.mooc.platform.testing.OpenApiDocument.parameters;
import static dk.mooc.platform.testing.OpenApiDocument.responses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The served OpenAPI document is a contract a third party can generate a client from: every operation named, tagged
 * and summarised, every success typed with a named schema, every parameter described with an example, If-Match
 * required where the server requires it, and the MOOC's id named moocId on every path.
 */
@QuarkusTest
class ApiContractTest {

    /** The operations of this service, by the name a generated client gives them. */
    static final Set<String> OPERATION_IDS = Set.of(
            "listProductions", "getProduction", "updateMilestone", "acceptProposedDueDates", "agreeProductionPlan",
            "replaceProductionTeam", "recordUserTest", "requestLaunchApproval", "decideLaunchApproval", "launchMooc",
            "updateMaintenanceTask",
            "listFeedbackRounds", "listColleagueSuggestions", "inviteFeedbackColleague", "createFeedbackComment",
            "resolveFeedbackComment", "closeFeedbackRound",
            "listStudios", "getStudioCalendar", "listMoocBookings", "createStudioBooking", "getMoocBookingCalendar",
            "getVideoCosts", "updateVideoPlan", "cancelStudioBooking", "confirmStudioBooking", "declineStudioBooking",
            "listMediaLabQueue",
            "listNetworkMeetings", "getNetworkMeeting", "planNetworkMeeting", "registerForNetworkMeeting",
            "withdrawFromNetworkMeeting", "listNetworkRegistrations", "recordNetworkAttendance",
            "listMyProductionTasks", "getMyProductionHome");

    /** Operations whose change the server refuses without If-Match (Versions.requireIfMatch). */
    static final Set<String> IF_MATCH_REQUIRED = Set.of("updateMilestone", "acceptProposedDueDates",
            "agreeProductionPlan", "replaceProductionTeam");

    /** The served document (read on first use). */
    private final OpenApiDocument doc = new OpenApiDocument();

    @Test
    void everyOperationHasAUniqueOperationIdATagAndASummary() {
        List<String> ids = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        doc.eachOperation((where, op) -> {
            Object id = op.get("operationId");
            if (!(id instanceof String s) || !s.matches("[a-z][A-Za-z]+")) {
                faults.add(where + ": operationId " + id);
            } else {
                ids.add(s);
            }
            if (!(op.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                faults.add(where + ": no tag");
            }
            if (!(op.get("summary") instanceof String summary) || summary.isBlank()) {
                faults.add(where + ": no summary");
            }
        });
        assertEquals(List.of(), faults);
        assertEquals(new TreeSet<>(OPERATION_IDS), new TreeSet<>(ids), "the operationIds");
        assertEquals(ids.size(), Set.copyOf(ids).size(), "operationIds are unique: " + ids);
    }

    @Test
    void everySuccessHasANamedSchemaAndEverySchemaANameOfItsOwn() {
        List<String> faults = new ArrayList<>();
        doc.eachOperation((where, op) -> responses(op).forEach((code, response) -> {
            if (!code.startsWith("2") || code.equals("204")) {
                return;
            }
            if (!(response.get("content") instanceof Map<?, ?> content) || content.isEmpty()) {
                faults.add(where + " " + code + ": no content");
                return;
            }
            content.forEach((type, media) -> {
                Object schema = media instanceof Map<?, ?> m ? m.get("schema") : null;
                if (!named(schema, String.valueOf(type))) {
                    faults.add(where + " " + code + " " + type + ": schema " + schema);
                }
            });
        }));
        assertEquals(List.of(), faults);
        Set<String> generated = new TreeSet<>();
        doc.schemas().keySet().stream().filter(name -> name.matches(".*\\d$")).forEach(generated::add);
        assertEquals(Set.of(), generated, "schema names a generator numbered");
    }

    @Test
    void everyParameterIsDescribedWithAnExampleAndTheMoocIdIsNamedMoocId() {
        List<String> faults = new ArrayList<>();
        doc.eachOperation((where, op) -> parameters(op).forEach(p -> {
            String name = p.get("in") + " " + p.get("name");
            if (!(p.get("description") instanceof String d) || d.isBlank()) {
                faults.add(where + " " + name + ": no description");
            }
            if (p.get("example") == null && p.get("examples") == null) {
                faults.add(where + " " + name + ": no example");
            }
        }));
        assertEquals(List.of(), faults);
        doc.paths().keySet().stream().filter(path -> path.startsWith("/productions/"))
                .forEach(path -> assertTrue(path.startsWith("/productions/{moocId}"), path));
    }

    @Test
    void ifMatchIsRequiredWith412And428WhereTheServerRequiresItAndEveryProductionAnswerCarriesItsEtag() {
        List<String> faults = new ArrayList<>();
        doc.eachOperation((where, op) -> {
            String id = String.valueOf(op.get("operationId"));
            boolean required = parameters(op).stream().anyMatch(p -> "header".equals(p.get("in"))
                    && "If-Match".equals(p.get("name")) && Boolean.TRUE.equals(p.get("required")));
            if (required != IF_MATCH_REQUIRED.contains(id)) {
                faults.add(id + ": If-Match required " + required);
            }
            if (required && !(responses(op).containsKey("412") && responses(op).containsKey("428"))) {
                faults.add(id + ": no 412 and 428");
            }
            if (where.startsWith("/productions") && !where.contains("/feedback") && !where.contains("/bookings")
                    && !where.contains("/video-") && !id.equals("listProductions")) {
                Map<String, Object> ok = responses(op).get("200");
                if (ok == null || !(ok.get("headers") instanceof Map<?, ?> headers) || !headers.containsKey("ETag")) {
                    faults.add(id + ": no ETag on 200");
                }
            }
        });
        assertEquals(List.of(), faults);
    }

    @Test
    void createdAnswersWithAnAddressDocumentTheirLocation() {
        for (String path : List.of("/productions/{moocId}/bookings", "/network-meetings")) {
            Map<String, Object> created = responses(doc.operation(path, "post")).get("201");
            assertTrue(created.get("headers") instanceof Map<?, ?> headers && headers.containsKey("Location"), path);
        }
    }
}
