package dk.mooc.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dk.mooc.platform.web.AcceptedMediaTypes;
import dk.mooc.platform.web.CorrelationId;
import dk.mooc.platform.web.StrictJson;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where exceptions become HTTP responses: every error leaves a service as an RFC 9457
 * problem document with a stable type. Unexpected errors are logged with the correlation id and answered
 * without internals. Requires {@code quarkus.http.auth.proactive=false} so that authentication failures
 * reach these mappers too.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** About the time a restarting database or a rescheduled pod needs; clients should not retry sooner. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext request) {
        Problem p = new Problem(e.type(), e.getMessage());
        p.errors = e.errors();
        e.extensions().forEach(p::with);
        return respond(p, request);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ContainerRequestContext request) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> kindOf(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (returnValue) {
            return unexpected(e, request);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        Problem p = new Problem(ProblemType.VALIDATION, errors.stream()
                .map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
        p.errors = errors;
        return respond(p, request);
    }

    // Quarkus has built-in mappers for some Jackson subclasses; naming them here makes ours win.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
        InvalidFormatException.class, ValueInstantiationException.class, UnrecognizedPropertyException.class})
    public Response unreadable(JsonProcessingException e, ContainerRequestContext request) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = e instanceof StrictJson.RefusedValueException r ? r.reason() : "has the wrong type or format";
            Problem p = new Problem(ProblemType.VALIDATION, field + ": " + message);
            p.errors = List.of(new Problem.FieldError(field, message));
            return respond(p, request);
        }
        return respond(new Problem(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: "
                + e.getOriginalMessage()), request);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(Exception e, ContainerRequestContext request) {
        return respond(new Problem(ProblemType.STALE_VERSION,
                "Someone else changed this in the meantime: reload it and apply your change again"), request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
        AuthenticationCompletionException.class})
    public Response unauthenticated(Exception e, ContainerRequestContext request) {
        Response r = respond(new Problem(ProblemType.UNAUTHENTICATED,
                "Sign in: this request needs a valid bearer token"), request);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response redirect(AuthenticationRedirectException e, ContainerRequestContext request) {
        return unauthenticated(e, request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return respond(new Problem(ProblemType.FORBIDDEN, "Your role does not allow this action"), request);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, ContainerRequestContext request) {
        ProblemException p = ProblemException.invalid(e.parameter(), e.problem());
        return problem(p, request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type;
        String detail;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
            detail = "There is no resource at this address";
        } else if (e instanceof NotAllowedException) {
            type = ProblemType.METHOD_NOT_ALLOWED;
            detail = "This resource does not support " + request.getMethod();
        } else if (e instanceof NotSupportedException) {
            return unsupportedMediaType(request);
        } else if (e instanceof NotAcceptableException) {
            type = ProblemType.NOT_ACCEPTABLE;
            detail = "This resource answers with application/json";
        } else if (status == 413) {
            type = ProblemType.PAYLOAD_TOO_LARGE;
            detail = "The request body is larger than this service accepts";
        } else if (status == 400) {
            type = ProblemType.MALFORMED_REQUEST;
            detail = e.getMessage() == null ? "The request could not be read" : e.getMessage();
        } else if (status >= 500) {
            return unexpected(e, request);
        } else {
            type = null;
            detail = e.getMessage();
        }
        Problem p;
        if (type == null) {
            p = new Problem();
            p.type = "about:blank";
            p.status = status;
            p.title = Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            p.detail = detail;
        } else {
            p = new Problem(type, detail);
        }
        Response r = respond(p, request);
        if (e.getResponse() != null && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            r = Response.fromResponse(r).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return r;
    }

    /**
     * A body the framework could not read: a multipart upload that breaks off or has no closing boundary, or a stream
     * that ended early. The client's request is at fault (400); any other I/O error is ours.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, ContainerRequestContext request) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof java.io.EOFException || message.contains("multipart")) {
            return respond(new Problem(ProblemType.MALFORMED_REQUEST, "The body could not be read: " + message
                    + ". Nothing was changed."), request);
        }
        return unexpected(e, request);
    }

    /**
     * 415 naming the media types this operation reads (member {@code accepted}; for POST and PATCH also the
     * {@code Accept-Post} / {@code Accept-Patch} header), whether the Content-Type was another one, not a media type
     * at all, or missing on a body.
     */
    private static Response unsupportedMediaType(ContainerRequestContext request) {
        String sent = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String method = request.getMethod();
        List<String> accepted;
        try {
            accepted = AcceptedMediaTypes.current().find(method, request.getUriInfo().getPath())
                    .filter(a -> !a.anyType()).map(AcceptedMediaTypes.Accepted::types).orElse(List.of());
        } catch (RuntimeException e) {
            // an exception escaping a mapper is answered without a problem document: still say 415, just less
            LOG.warnf(e, "Could not look up the accepted media types of %s %s", method, request.getUriInfo().getPath());
            accepted = List.of();
        }
        String was;
        if (sent == null || sent.isBlank()) {
            was = "the request had a body without Content-Type";
        } else {
            String shown = sent.length() > 100 ? sent.substring(0, 100) + "…" : sent;
            try {
                MediaType parsed = MediaType.valueOf(sent);
                was = "the request was " + parsed.getType() + "/" + parsed.getSubtype();
            } catch (IllegalArgumentException notAMediaType) {
                was = "the request's Content-Type \"" + shown + "\" is not a media type";
            }
        }
        String detail = accepted.isEmpty() ? capitalized(was)
                : "This operation accepts " + String.join(" or ", accepted) + "; " + was;
        Problem p = new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
        if (!accepted.isEmpty()) {
            p.with("accepted", accepted);
        }
        Response r = respond(p, request);
        String hint = "POST".equals(method) ? "Accept-Post" : "PATCH".equals(method) ? "Accept-Patch" : null;
        if (hint != null && !accepted.isEmpty()) {
            r = Response.fromResponse(r).header(hint, String.join(", ", accepted)).build();
        }
        return r;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        if (DatabaseOutage.explains(e)) {
            return unavailable(e, request);
        }
        String id = CorrelationId.of(request);
        LOG.errorf(e, "Unexpected error [correlationId=%s] on %s %s", id,
                request == null ? "?" : request.getMethod(),
                request == null ? "?" : request.getUriInfo().getPath());
        Problem p = new Problem(ProblemType.UNEXPECTED,
                "Something went wrong on our side. Nothing was changed. Quote the correlation id if you report it.");
        p.correlationId = id;
        return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    /**
     * The database cannot be reached (down, restarting, or every connection busy until the acquisition timeout): 503
     * with {@code Retry-After}, so that clients and the gateway retry a little later. Expected during an outage, so
     * one WARN line per request without a stack trace; readiness reports the outage to the orchestrator.
     */
    private static Response unavailable(Throwable e, ContainerRequestContext request) {
        Problem p = new Problem(ProblemType.UNAVAILABLE, "The service cannot reach its database just now."
                + " Try again in a few seconds.");
        Response r = respond(p, request);
        LOG.warnf("Database unavailable [correlationId=%s] on %s %s: %s", p.correlationId,
                request == null ? "?" : request.getMethod(), p.instance == null ? "?" : p.instance, rootMessage(e));
        return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response respond(Problem p, ContainerRequestContext request) {
        p.correlationId = CorrelationId.of(request);
        if (request != null && p.instance == null) {
            p.instance = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        }
        return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static ElementKind kindOf(Path path) {
        ElementKind last = null;
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.RETURN_VALUE) {
                return ElementKind.RETURN_VALUE;
            }
            last = n.getKind();
        }
        return last;
    }

    /** "create.body.title" becomes "title"; a constraint on a query parameter keeps the parameter name. */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node n : v.getPropertyPath()) {
            switch (n.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> names.clear();
                case PARAMETER -> parameter = n.getName();
                default -> {
                    String name = n.getName();
                    if (n.getIndex() != null && !names.isEmpty()) {
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + n.getIndex() + "]");
                    }
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return String.join(".", names);
    }
}
