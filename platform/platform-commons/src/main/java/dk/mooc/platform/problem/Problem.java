package dk.mooc.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is stable; `detail` is for people.")
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(example = "urn:mooc:problem:validation")
    public String type;
    @Schema(example = "Your request has invalid fields")
    public String title;
    @Schema(example = "400")
    public int status;
    @Schema(example = "title: must not be blank")
    public String detail;
    @Schema(example = "/proposals/6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11/submit")
    public String instance;
    @Schema(description = "Quote it when you report a problem; the same id is in the service log.",
            example = "5b0e1f2c-8c1a-4d0e-9f4b-0a7c3d2e1f00")
    public String correlationId;
    @Schema(description = "For validation problems: each offending field and what is wrong with it")
    public List<FieldError> errors;

    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem() {
    }

    public Problem(ProblemType type, String detail) {
        this.type = type.uri().toString();
        this.title = type.title();
        this.status = type.status();
        this.detail = detail;
    }

    /** Extension members, e.g. {@code unmetGates}, rendered at the top level as RFC 9457 allows. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "title") String field,
            @Schema(example = "must not be blank") String message,
            @Schema(description = "The rejected value, when it is safe to echo") Object rejectedValue) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
