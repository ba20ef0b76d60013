package dk.mooc.platform.web;

import dk.mooc.platform.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@code Accept} that names {@code application/problem+json} says "I read your problem documents", not "answer
 * my request with one": errors are problem documents whatever the Accept (ProblemMappers), so that entry says
 * nothing about the success answer. Clients generated from the OpenAPI documents send it, often alone or first
 * (they list the media types of all responses, errors included), and Quarkus REST compares Accept with the matched
 * method's {@code @Produces} while routing: {@code Accept: application/problem+json} alone would be 406 on every
 * operation that declares {@code application/json}, and on an operation without {@code @Produces} a 2xx would go
 * out labelled as a problem document.
 * <p>
 * So before routing, such an Accept is rewritten: the problem+json entries are dropped; when nothing else was named,
 * JSON is asked for; and any type is appended at the lowest preference, so that an operation whose success answer is
 * of another type (a calendar file, a downloaded attachment) answers with that type instead of 406. An Accept naming
 * {@code application/json} gets the same lowest-preference fallback: JSON clients (many generated ones send only
 * that) get the type the operation documents where it has no JSON form, as RFC 9110 §12.5.1 allows. Types the client
 * names keep their preference over it; an Accept naming neither (e.g. only text/csv) is negotiated as sent.
 */
public class ProblemAwareAccept {

    /** The lowest preference that still counts as acceptable (q=0 would mean "not acceptable"). */
    static final String ANY_TYPE_LAST = MediaType.WILDCARD + ";q=0.01";

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void acceptSuccessAnswersOfClientsThatReadProblems(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (values == null || values.isEmpty()) {
            return;
        }
        String rewritten = rewrite(String.join(",", values));
        if (rewritten != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, rewritten);
        }
    }

    /**
     * The Accept to route with, or null when {@code accept} names neither {@code application/problem+json} nor
     * {@code application/json} (or is not a list of media types at all: Quarkus REST answers that itself).
     */
    static String rewrite(String accept) {
        if (accept == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        boolean problem = false;
        boolean json = false;
        for (String entry : accept.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int semicolon = trimmed.indexOf(';');
            String type = (semicolon < 0 ? trimmed : trimmed.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
            int slash = type.indexOf('/');
            if (slash <= 0 || slash == type.length() - 1 || type.indexOf('/', slash + 1) >= 0) {
                return null;
            }
            if (type.equals(Problem.MEDIA_TYPE)) {
                problem = true;
            } else {
                json |= type.equals(MediaType.APPLICATION_JSON);
                kept.add(trimmed);
            }
        }
        if (!problem && !json) {
            return null;
        }
        if (kept.isEmpty()) {
            kept.add(MediaType.APPLICATION_JSON);
        }
        kept.add(ANY_TYPE_LAST);
        return String.join(", ", kept);
    }
}
