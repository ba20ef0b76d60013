package dk.mooc.analytics.rest;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * This service accepts export uploads (CSV, zip, a folder as multipart) of any size up to {@code mooc.http.max-body-size} (the exports are streamed,
 * never held in memory); every other body (JSON) keeps the platform's usual limit, which this filter enforces.
 */
public class BodyLimits {

    @ConfigProperty(name = "mooc.analytics.max-json-body-size", defaultValue = "10485760")
    long maxJsonBytes;

    @ServerRequestFilter(preMatching = true, priority = 3)
    public void check(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (IllegalArgumentException notAMediaType) {
            type = null;   // not an upload, so the JSON limit holds; where a body is read, routing refuses it with 415
        }
        if (length == null || isUpload(type)) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return;   // the platform's filter answers this one
        }
        if (bytes > maxJsonBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The body has " + bytes + " bytes; this service "
                    + "accepts at most " + maxJsonBytes + " bytes except for export uploads").with("maxBytes", maxJsonBytes);
        }
    }

    /** The exports: CSV tables, the zip archive, the folder as multipart; all kept on disk or streamed. */
    private static boolean isUpload(MediaType type) {
        if (type == null) {
            return false;
        }
        String t = type.getType() + "/" + type.getSubtype();
        return t.equals("text/csv") || t.equals("application/zip") || t.equals("application/x-zip-compressed")
                || t.equals("multipart/form-data");
    }
}
