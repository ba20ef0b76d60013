package dk.mooc.analytics.imports;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.function.ToLongFunction;

/**
 * Learner ids are personal data (docs/analytics.md, "Personal data"): they are replaced at import by a keyed hash,
 * HMAC-SHA256 with the service's learner key, kept as its first 64 bits (a {@code bigint}). The same id gives the
 * same pseudonym with the same key, so re-imports and the joins between tables still work; without the key, the
 * partner's id cannot be recovered or checked against a guess. 64 bits keep the stored rows and their indexes small;
 * two learners of a course share a pseudonym with a chance of about n²/2⁶⁵ (one in 30 million for a million learners).
 */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    /** A pseudonymiser for one import (a {@link Mac} is not thread-safe, so each import gets its own). */
    public static ToLongFunction<String> hmac(byte[] key) {
        Mac mac;
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
        // an export lists a learner's rows one after the other: remembering the last id saves most of the hashing
        return new ToLongFunction<>() {
            private String lastId;
            private long lastPseudonym;

            @Override
            public long applyAsLong(String id) {
                if (!id.equals(lastId)) {
                    lastPseudonym = of(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
                    lastId = id;
                }
                return lastPseudonym;
            }
        };
    }

    /** The first 8 bytes of a hash as a signed 64-bit number, big-endian (as PostgreSQL's {@code bit(64)::bigint}). */
    static long of(byte[] hash) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (hash[i] & 0xff);
        }
        return v;
    }
}
