package dk.mooc.platform.web;

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
 * {@code application/problem+json}, each with an example.
 * Registered with {@code mp.openapi.filter}; one place instead of repeating annotations everywhere.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
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
            }
        }
    }

    private static void add(Operation op, String code, String description, Example example) {
        if (op.getResponses().getAPIResponse(code) != null) {
            return;
        }
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .addExample(example.getSummary(), example);
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json", media));
        op.getResponses().addAPIResponse(code, response);
    }

    private static Example example(String slug, int status, String detail, Map<String, Object> members) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "urn:mooc:problem:" + slug);
        value.put("status", status);
        value.put("detail", detail);
        value.put("correlationId", "5b0e1f2c-8c1a-4d0e-9f4b-0a7c3d2e1f00");
        if (members != null) {
            value.putAll(members);
        }
        return OASFactory.createExample().summary(slug).value(value);
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `type` is stable, `detail` is for people")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("correlationId", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }
}
