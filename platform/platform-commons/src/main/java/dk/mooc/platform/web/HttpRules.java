package dk.mooc.platform.web;

import dk.mooc.platform.problem.InvalidParameterException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.Map;

/**
 * Request and response rules that hold for every endpoint of every service:
 * <ul>
 *   <li>query parameters with control characters are refused with 400 naming the parameter (they end up in
 *   logs, SQL patterns and links);</li>
 *   <li>a Content-Type that is not a media type, sent to an operation that reads a body, is refused with 415;</li>
 *   <li>a body without Content-Type, sent to an operation that reads one, is refused with 415 naming the types
 *   the operation accepts, like a body of the wrong type (a request without a body is left to the operation, which
 *   says what is missing);</li>
 *   <li>responses carry {@code Cache-Control: no-store}: applications, scores and letters are confidential, and a
 *   shared browser or proxy must not keep them.</li>
 * </ul>
 * JSON bodies are checked by {@link StrictJson}.
 */
public class HttpRules {

    @ServerRequestFilter(priority = 2)
    public void refuseControlCharactersInQuery(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String nameProblem = StrictJson.textProblem(e.getKey());
            if (nameProblem != null) {
                throw new InvalidParameterException("query", "a parameter name " + nameProblem);
            }
            for (String v : e.getValue()) {
                String problem = v == null ? null : StrictJson.textProblem(v);
                if (problem == null && v != null && (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)) {
                    problem = "must be one line";
                }
                if (problem != null) {
                    throw new InvalidParameterException(e.getKey(), problem);
                }
            }
        }
    }

    /** Before routing: Quarkus REST's choice between a CSV and a JSON method would fail on it with a 500. */
    @ServerRequestFilter(preMatching = true, priority = 1)
    public void refuseContentTypeThatIsNotAMediaType(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return;
        }
        try {
            MediaType.valueOf(type);
        } catch (IllegalArgumentException notAMediaType) {
            AcceptedMediaTypes.current().find(request.getMethod(), request.getUriInfo().getPath())
                    .filter(AcceptedMediaTypes.Accepted::takesBody)
                    .ifPresent(a -> {
                        throw new NotSupportedException();
                    });
        }
    }

    @ServerRequestFilter
    public void refuseBodyWithoutContentType(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !hasBody(request)) {
            return;
        }
        AcceptedMediaTypes.current().find(request.getMethod(), request.getUriInfo().getPath())
                .filter(a -> a.takesBody() && !a.anyType())
                .ifPresent(a -> {
                    throw new NotSupportedException();
                });
    }

    private static boolean hasBody(ContainerRequestContext request) {
        if (request.getHeaderString("Transfer-Encoding") != null) {
            return true;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length != null && Long.parseLong(length.trim()) > 0;
        } catch (NumberFormatException e) {
            return false;   // BodySizeLimit answers this one
        }
    }

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
