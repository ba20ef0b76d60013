package dk.mooc.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Serves a bearer token that this service has already verified from {@link VerifiedTokens}, before the OIDC
 * mechanism would verify it again: it runs first (a higher priority) and answers nothing for a token it does not
 * know, so the OIDC mechanism verifies that one as always, and {@link Filler} keeps the identity it produced.
 * Challenges (401 with {@code WWW-Authenticate}) stay the OIDC mechanism's.
 */
@ApplicationScoped
public class VerifiedTokenAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    private final VerifiedTokens tokens;

    VerifiedTokenAuthentication(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context);
        SecurityIdentity verified = token == null ? null : tokens.get(token);
        if (verified == null) {
            return Uni.createFrom().nullItem();
        }
        // the identity names the request it was built for; this request is another one
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified)
                .addAttribute(RoutingContext.class.getName(), context);
        Object blocking = context.get(AuthenticationRequestContext.class.getName());
        if (blocking != null) {
            identity.addAttribute(AuthenticationRequestContext.class.getName(), blocking);
        }
        return Uni.createFrom().item(identity.build());
    }

    static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return Uni.createFrom().item(Boolean.FALSE);
    }

    @Override
    public Set<Class<? extends io.quarkus.security.identity.request.AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    /** One cache per service; {@code mooc.security.verified-tokens.max-size=0} turns it off. */
    @Produces
    @Singleton
    static VerifiedTokens verifiedTokens(@ConfigProperty(name = "mooc.security.verified-tokens.max-size",
            defaultValue = "2000") int maxSize) {
        return new VerifiedTokens(maxSize, System::currentTimeMillis);
    }

    /**
     * Keeps the identity the OIDC mechanism verified, after every other augmentor (the lowest priority), so the
     * identity served later is the one this request got. Only a JWT access token with an expiry is kept.
     */
    @ApplicationScoped
    public static class Filler implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        Filler(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
            if (credential != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
                tokens.put(credential.getToken(), identity, jwt.getExpirationTime() * 1000);
            }
            return Uni.createFrom().item(identity);
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }
    }
}
