package dk.mooc.platform.web;

import dk.mooc.platform.problem.Problem;
import dk.mooc.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents the platform-wide error answers on every operation of every service's OpenAPI document:
 * 400 (validation) and 415 where there is a body, 401, 403, 500 and 503 (with {@code Retry-After}) as
 * {@code application/problem+json}, each with an example. Every other 4xx and 5xx answer an operation declares
 * (404, 409, 412, 428 …) gets the same body: services say only which errors an operation has.
 * <p>
 * All of them refer to the one {@code Problem} schema defined here, with the extension members the services add
 * ({@code ProblemException.with}) and {@code additionalProperties} allowed, so that a generated client reads every
 * error into one type and keeps members it does not know yet.
 * Run by {@link ApiDocumentFilter}; one place instead of repeating annotations everywhere.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // always this definition, also where a service's annotations produced one from the Problem class
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        openAPI.getComponents().addSchema("UnmetGate", unmetGateSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                boolean hasBody = op.getValue().getRequestBody() != null;
                if (op.getValue().getResponses() == null) {
                    op.getValue().setResponses(OASFactory.createAPIResponses());
                }
                if (hasBody) {
                    add(op.getValue(), "400", "Invalid input: the fields and what is wrong with them",
                            example("validation", 400, "title: must not be blank",
                                    Map.of("errors", List.of(Map.of("field", "title", "message", "must not be blank")))));
                    add(op.getValue(), "415", "The body's Content-Type is missing or not one this operation reads; "
                                    + "`accepted` lists the ones it does",
                            example("unsupported-media-type", 415, "This operation accepts application/json; "
                                    + "the request was text/plain", Map.of("accepted", List.of("application/json"))));
                }
                add(op.getValue(), "401", "No valid bearer token",
                        example("unauthenticated", 401, "Sign in: this request needs a valid bearer token", null));
                add(op.getValue(), "403", "The caller's role or relation to this object does not allow it",
                        example("forbidden", 403, "Your role does not allow this action", null));
                add(op.getValue(), "500", "Unexpected error; nothing was changed",
                        example("unexpected", 500, "Something went wrong on our side. Nothing was changed. "
                                + "Quote the correlation id if you report it.", null));
                add(op.getValue(), "503", "The service cannot reach its database just now; retry after `Retry-After` seconds",
                        example("unavailable", 503, "The service cannot reach its database just now."
                                + " Try again in a few seconds.", null));
                op.getValue().getResponses().getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
                op.getValue().getResponses().getAPIResponses().forEach(ProblemResponsesFilter::problemBody);
            }
        }
    }

    private static void add(Operation op, String code, String description, Example example) {
        if (op.getResponses().getAPIResponse(code) != null) {
            return;
        }
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .addExample(example.getSummary(), example);
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
        op.getResponses().addAPIResponse(code, response);
    }

    private static Example example(String slug, int status, String detail, Map<String, Object> members) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", ProblemType.PREFIX + slug);
        for (ProblemType type : ProblemType.values()) {
            if (type.slug().equals(slug)) {
                value.put("title", type.title());
            }
        }
        value.put("status", status);
        value.put("detail", detail);
        value.put("correlationId", "5b0e1f2c-8c1a-4d0e-9f4b-0a7c3d2e1f00");
        if (members != null) {
            value.putAll(members);
        }
        return OASFactory.createExample().summary(slug).value(value);
    }

    /**
     * A 4xx or 5xx answer without a body schema gets the Problem schema as {@code application/problem+json}, keeping a
     * description and examples the service gave. Errors are never another type (ProblemMappers), so a media type
     * declared without a schema is replaced.
     */
    static void problemBody(String code, APIResponse response) {
        if (response == null || response.getRef() != null || code.length() != 3
                || (code.charAt(0) != '4' && code.charAt(0) != '5')) {
            return;
        }
        Content content = response.getContent();
        if (content != null && content.getMediaTypes() != null
                && content.getMediaTypes().values().stream().anyMatch(m -> m != null && describesABody(m.getSchema()))) {
            return;   // a body the service described itself
        }
        MediaType media = content == null || content.getMediaTypes() == null ? null
                : content.getMediaTypes().get(Problem.MEDIA_TYPE);
        if (media == null) {
            media = OASFactory.createMediaType();
            if (content != null && content.getMediaTypes() != null) {
                for (MediaType other : content.getMediaTypes().values()) {
                    if (other != null && other.getExamples() != null) {
                        other.getExamples().forEach(media::addExample);
                    }
                }
            }
        }
        // a schema that only carries examples (@Schema(examples = ...)) keeps them beside the reference
        Schema schema = media.getSchema() == null ? OASFactory.createSchema() : media.getSchema();
        schema.setRef(PROBLEM_REF);
        media.setSchema(schema);
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Problem details (RFC 9457)");
        }
    }

    /** Whether a schema says what the body is (a reference, a type, members), not only examples or a description. */
    private static boolean describesABody(Schema schema) {
        return schema != null && (schema.getRef() != null || (schema.getType() != null && !schema.getType().isEmpty())
                || schema.getProperties() != null || schema.getItems() != null || schema.getAllOf() != null
                || schema.getAnyOf() != null || schema.getOneOf() != null);
    }

    static Schema problemSchema() {
        Map<String, Schema> members = new LinkedHashMap<>();
        members.put("type", string("Stable identifier of the kind of problem: urn:mooc:problem:<slug> (validation, "
                + "not-found, illegal-transition, stale-version, conflict, precondition-failed, precondition-required, "
                + "…; docs/problems.md), or about:blank for a plain HTTP status. Switch on this, not on `detail`.")
                .format("uri").example("urn:mooc:problem:validation"));
        members.put("title", string("Short summary of the problem type; the same for every problem of that type")
                .example("Your request has invalid fields"));
        members.put("status", integer("The HTTP status code of this answer", "int32").example(400));
        members.put("detail", string("What went wrong with this request, in English, for people").example(
                "title: must not be blank"));
        members.put("instance", string("The request path that had the problem").format("uri-reference")
                .example("/proposals/6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11/submit"));
        members.put("correlationId", string("Quote it when you report a problem; the same id is in the service log "
                + "(and in the X-Request-Id response header)").example("5b0e1f2c-8c1a-4d0e-9f4b-0a7c3d2e1f00"));
        members.put("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .description("Validation problems (400): each offending field and what is wrong with it")
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
        // extension members (RFC 9457 §3.2) that services add to particular problems
        members.put("currentVersion", integer("Stale version (409) or If-Match not current (412): the version the "
                + "object has now. Reload it, apply the change again and send this version in If-Match", "int64")
                .example(5));
        members.put("accepted", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .description("Unsupported media type (415): the media types this operation reads")
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .example(List.of("application/json")));
        members.put("maxBytes", integer("Body or file too large (413): the most bytes accepted", "int64")
                .example(10485760));
        members.put("unmetGates", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                .description("Launch refused (409): the quality-assurance gates that are not met yet")
                .items(OASFactory.createSchema().ref("#/components/schemas/UnmetGate")));
        members.put("openComments", integer("Feedback round not closable (409): how many of its comments are still "
                + "open", "int64").example(2));
        members.put("capacity", integer("Network meeting full (409): its number of places", "int32").example(30));
        members.put("studio", string("Studio already booked (409): the studio's key").example("MEDIALAB"));
        // ISO-8601 as the request gave it, seconds left out when zero: not always RFC 3339, so no date-time format
        members.put("start", string("Studio already booked (409): start of the requested slot (ISO-8601 with offset)")
                .example("2027-03-01T09:00+01:00"));
        members.put("end", string("Studio already booked (409): end of the requested slot (ISO-8601 with offset)")
                .example("2027-03-01T12:00+01:00"));
        members.put("budgetDkk", integer("Booking over the video budget (409): the MOOC's video budget in DKK", "int32")
                .example(20000));
        members.put("bookedDkk", integer("Booking over the video budget (409): DKK booked before this booking", "int32")
                .example(18900));
        members.put("costDkk", integer("Booking over the video budget (409): what this booking costs in DKK", "int32")
                .example(1050));
        members.put("wouldBeBookedDkk", integer("Booking over the video budget (409): DKK booked with this booking",
                "int32").example(19950));
        members.put("importId", string("Coursera export import refused (400): the id of the import's record, which "
                + "keeps the reason").format("uuid").example("0b9d7a51-3c52-4f5e-9a7b-2d1e4c6f8a90"));
        members.put("table", string("Coursera export import refused (400): the export table (file) with the fault")
                .example("course_progress"));
        members.put("line", integer("Coursera export import refused (400): the line of the file with the fault, "
                + "from 1", "int64").example(17));
        members.put("column", string("Coursera export import refused (400): the column with the fault, when one "
                + "column is at fault").example("course_progress_ts"));
        members.put("code", string("Coursera export or evaluation import refused (400): why, as a code "
                + "(analytics-service's ImportProblemCode) that the reader's language words with params")
                .example("NUMBER_OUT_OF_RANGE"));
        members.put("params", stringMap("Coursera export or evaluation import refused (400): the values the code's "
                + "wording needs, all strings").example(orderedParams()));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, the body of every error answer (application/problem+json). "
                        + "`type` is stable; `detail` is for people. Members beyond these may be added to a problem "
                        + "type later: clients keep or ignore members they do not know.")
                .properties(members)
                .additionalPropertiesBoolean(Boolean.TRUE);
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    private static Schema fieldErrorSchema() {
        Schema error = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One field of the request and what is wrong with it")
                .addProperty("field", string("The field's path in the body (e.g. `team[1].email`) or the parameter's "
                        + "name").example("title"))
                .addProperty("message", string("What is wrong with it").example("must not be blank"))
                .addProperty("rejectedValue", OASFactory.createSchema().description(
                        "The rejected value, when it is safe to echo"));
        error.setRequired(List.of("field", "message"));
        return error;
    }

    private static Schema unmetGateSchema() {
        Schema gate = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A quality-assurance gate that must be met before launch")
                .addProperty("key", string("The gate's key").example("FEEDBACK_MATERIAL"))
                .addProperty("code", string("What is missing, as a code (production-service's QaGateReason); the "
                        + "reader's language words it with params").example("FEEDBACK_ROUND_OPEN"))
                .addProperty("params", stringMap("The values the code's wording needs, all strings")
                        .example(Map.of("round", "MATERIAL")));
        gate.setRequired(List.of("key", "code", "params"));
        return gate;
    }

    /** An example in a fixed order: the generated document must be the same on every run. */
    private static Map<String, String> orderedParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("min", "0");
        params.put("max", "100");
        params.put("value", "140");
        return params;
    }

    private static Schema stringMap(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description)
                .additionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Schema integer(String description, String format) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format(format).description(description);
    }
}
