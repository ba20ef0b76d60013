package dk.mooc.platform.web;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AcceptedMediaTypesTest {

    @Path("/courses/{moocId}")
    static class Exports {
        @PUT
        @Path("/exports/{table}")
        @Consumes("text/csv")
        public void importTable(@PathParam("moocId") String moocId, @PathParam("table") String table, InputStream body) {
        }

        @GET
        @Path("/exports")
        public void tables(@PathParam("moocId") String moocId) {
        }
    }

    @Path("/courses/{moocId}/evaluations/")
    static class Evaluations {
        @PUT
        @Path("{semester}")
        @Consumes("text/csv")
        public void importCsv(@PathParam("semester") String semester, InputStream body) {
        }

        @PUT
        @Path("/{semester}")
        @Consumes(MediaType.APPLICATION_JSON)
        public void enter(@PathParam("semester") String semester, @Valid Map<String, Object> body) {
        }
    }

    @Path("/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    static class Proposals {
        @POST
        public void create(Map<String, Object> body, UriInfo uri) {
        }

        @POST
        @Path("/{id}/submit")
        public void submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        }

        @POST
        @Path("/{id: [0-9]+}/{action}")
        public void numbered(@PathParam("id") long id, @PathParam("action") String action, String body) {
        }

        @POST
        @Path("/{id}/attachments")
        @Consumes({"application/pdf, image/png", "text/plain"})
        public void attach(@PathParam("id") String id, byte[] body) {
        }
    }

    private final AcceptedMediaTypes index = AcceptedMediaTypes.of(List.of(Exports.class, Evaluations.class, Proposals.class));

    @Test
    void theOperationAtATemplatedPathNamesItsTypes() {
        assertEquals(Optional.of(new AcceptedMediaTypes.Accepted(List.of("text/csv"), true)),
                index.find("PUT", "/courses/6f1c4c1e/exports/users"));
        assertEquals(List.of("text/csv"), index.find("put", "courses/6f1c4c1e/exports/users/").orElseThrow().types());
    }

    @Test
    void methodsSharingAPathAndMethodMergeTheirTypes() {
        assertEquals(List.of(MediaType.APPLICATION_JSON, "text/csv"),   // enter, importCsv: by method name
                index.find("PUT", "/courses/x/evaluations/2028-spring").orElseThrow().types());
    }

    @Test
    void theClassConsumesHoldsWhereTheMethodSaysNothingAndListsMaySplitOnCommas() {
        assertEquals(List.of(MediaType.APPLICATION_JSON), index.find("POST", "/proposals").orElseThrow().types());
        assertEquals(List.of("application/pdf", "image/png", "text/plain"),
                index.find("POST", "/proposals/p1/attachments").orElseThrow().types());
    }

    @Test
    void anActionWithoutAnEntityParameterTakesNoBody() {
        assertFalse(index.find("POST", "/proposals/p1/submit").orElseThrow().takesBody());
        assertTrue(index.find("POST", "/proposals").orElseThrow().takesBody());   // UriInfo is context, the map the body
    }

    @Test
    void literalsWinOverVariablesAndRegexTemplatesMatchOnlyTheirValues() {
        // "/{id}/submit" has more literal characters than "/{id: [0-9]+}/{action}"
        assertFalse(index.find("POST", "/proposals/42/submit").orElseThrow().takesBody());
        assertTrue(index.find("POST", "/proposals/42/approve").orElseThrow().takesBody());
        assertEquals(Optional.empty(), index.find("POST", "/proposals/p1/approve"));
    }

    @Test
    void otherMethodsAndPathsAreNotFound() {
        assertEquals(Optional.empty(), index.find("DELETE", "/courses/x/exports/users"));
        assertEquals(Optional.empty(), index.find("PUT", "/courses/x/exports/users/extra"));
        assertEquals(List.of(MediaType.WILDCARD), index.find("GET", "/courses/x/exports").orElseThrow().types());
        assertTrue(index.find("GET", "/courses/x/exports").orElseThrow().anyType());
    }
}
