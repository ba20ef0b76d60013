package dk.mooc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    private static SecurityIdentity person(String name) {
        Principal p = () -> name;
        return QuarkusSecurityIdentity.builder().setPrincipal(p).addRole("instructor").build();
    }

    @Test
    void aTokenIsServedUntilItsExpiryAndNotAMillisecondLonger() {
        VerifiedTokens tokens = new VerifiedTokens(10, now::get);
        SecurityIdentity ida = person("ida");
        assertTrue(tokens.put("token-a", ida, now.get() + 5_000));
        assertSame(ida, tokens.get("token-a"));
        now.addAndGet(4_999);
        assertSame(ida, tokens.get("token-a"));
        now.addAndGet(1);
        assertNull(tokens.get("token-a"));
        assertEquals(0, tokens.size(), "an expired entry is dropped when it is met");
    }

    @Test
    void onlyTheWholeTokenFindsItsIdentity() {
        VerifiedTokens tokens = new VerifiedTokens(10, now::get);
        tokens.put("header.payload.signature", person("ida"), now.get() + 5_000);
        assertNull(tokens.get("header.payload.signaturf"));
        assertNull(tokens.get("header.payload."));
        assertNull(tokens.get("header.payload.signature2"));
    }

    @Test
    void anExpiredTokenIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(10, now::get);
        assertFalse(tokens.put("token-a", person("ida"), now.get()));
        assertFalse(tokens.put("token-b", person("ida"), now.get() - 1));
        assertEquals(0, tokens.size());
    }

    @Test
    void whenFullExpiredEntriesGoFirstAndThenANewTokenIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(2, now::get);
        tokens.put("short", person("ida"), now.get() + 1_000);
        tokens.put("long", person("chris"), now.get() + 60_000);
        now.addAndGet(2_000);
        assertTrue(tokens.put("new", person("ada"), now.get() + 60_000), "the expired entry made room");
        assertFalse(tokens.put("another", person("bo"), now.get() + 60_000), "full of live entries: not kept");
        assertNull(tokens.get("another"));
        assertEquals(2, tokens.size());
    }

    @Test
    void aSizeOfZeroKeepsNothing() {
        VerifiedTokens tokens = new VerifiedTokens(0, now::get);
        assertFalse(tokens.put("token-a", person("ida"), now.get() + 5_000));
        assertNull(tokens.get("token-a"));
    }
}
