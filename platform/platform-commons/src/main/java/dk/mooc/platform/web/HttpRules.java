package dk.mooc.platform.web;

import dk.mooc.platform.problem.InvalidParameterException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
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

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
