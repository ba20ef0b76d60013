package dk.mooc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The identities of bearer tokens this service has already verified, kept until each token's own expiry.
 * <p>
 * Checking a token's RSA signature and parsing its claims was 44 % of a service's CPU for a cheap read
 * (docs/performance.md), and the SPA sends the same token with every request until it refreshes it. A token's bytes
 * always verify to the same identity, so the identity is looked up by the whole token (never a prefix or a hash
 * that two tokens could share) and served until the token's {@code exp}, after which the token is refused as
 * before. What this gives up: a signing key that Keycloak withdraws keeps the tokens it signed valid here until they
 * expire (the realm's access tokens live minutes), which local validation already accepts for a revoked session.
 * <p>
 * Bounded: only tokens that passed verification enter, and when it is full expired entries are dropped first and
 * a new token is then simply not kept (it is verified each time, as without the cache).
 */
public final class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Map<String, Entry> byToken = new ConcurrentHashMap<>();
    private final int maxSize;
    private final LongSupplier clock;

    public VerifiedTokens(int maxSize, LongSupplier clock) {
        this.maxSize = maxSize;
        this.clock = clock;
    }

    /** The identity verified for exactly this token, or null when it was not verified here or has expired. */
    public SecurityIdentity get(String token) {
        Entry e = byToken.get(token);
        if (e == null) {
            return null;
        }
        if (clock.getAsLong() >= e.expiresAtMillis) {
            byToken.remove(token, e);
            return null;
        }
        return e.identity;
    }

    /** Keeps a verified token's identity until {@code expiresAtMillis}; returns whether it was kept. */
    public boolean put(String token, SecurityIdentity identity, long expiresAtMillis) {
        long now = clock.getAsLong();
        if (expiresAtMillis <= now || maxSize <= 0) {
            return false;
        }
        if (byToken.size() >= maxSize) {
            byToken.values().removeIf(e -> now >= e.expiresAtMillis);
            if (byToken.size() >= maxSize) {
                return false;
            }
        }
        byToken.put(token, new Entry(identity, expiresAtMillis));
        return true;
    }

    public int size() {
        return byToken.size();
    }
}
