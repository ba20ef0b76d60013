package dk.mooc.platform.web;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body larger than {@code mooc.http.max-body-size} before it is read, with a 413 problem
 * document. The HTTP layer's own hard limit ({@code quarkus.http.limits.max-body-size}) is set higher and
 * only catches chunked bodies without a Content-Length, which it answers without a document.
 */
public class BodySizeLimit {

    @Inject
    @ConfigProperty(name = "mooc.http.max-body-size", defaultValue = "10485760")
    long maxBytes;

    @ServerRequestFilter(preMatching = true, priority = 2)
    public void check(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "Content-Length is not a number");
        }
        if (bytes > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The body has " + bytes
                    + " bytes; this service accepts at most " + maxBytes + " bytes per request")
                    .with("maxBytes", maxBytes);
        }
    }
}
