package dk.mooc.analytics.imports;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * Learner ids are personal data (docs/analytics.md, "Personal data"): they are replaced at import by a keyed hash,
 * HMAC-SHA256 with the service's learner key, as 64 hex digits. The same id gives the same pseudonym with the same
 * key, so re-imports and the joins between tables still work; without the key, the partner's id cannot be recovered
 * or checked against a guess.
 */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    /** A pseudonymiser for one import (a {@link Mac} is not thread-safe, so each import gets its own). */
    public static UnaryOperator<String> hmac(byte[] key) {
        Mac mac;
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
        HexFormat hex = HexFormat.of();
        return id -> hex.formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
    }
}
