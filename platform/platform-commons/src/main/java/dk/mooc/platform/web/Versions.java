package dk.mooc.platform.web;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: an aggregate's version is its ETag, and a change must name the
 * version it was made against in {@code If-Match}. A stale If-Match is 412; a change that loses the race
 * at commit time is 409 (the entity's version column decides). Either way no update is lost.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Parses {@code If-Match: "3"} (weak tags accepted); a missing header is 428. */
    public static long requireIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the If-Match header with the ETag you read, so that nobody's change is overwritten");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch + " is not a version of this resource");
        }
    }

    /** 412 when the client's version is not the current one. */
    public static void check(String what, long expected, long actual) {
        if (expected != actual) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, what + " has changed since you read it (your version "
                    + expected + ", current version " + actual + "): reload it and apply your change again")
                    .with("currentVersion", actual);
        }
    }
}
