package dk.mooc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * The caller as the services see it: subject, display name, e-mail, department and realm roles, read
 * from the locally validated access token. Object-level checks in the services are written against this.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    /** Stable user id: the token's {@code sub}. */
    public String id() {
        JsonWebToken jwt = jwt();
        if (jwt != null && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public String username() {
        String v = claim("preferred_username");
        return v != null ? v : identity.getPrincipal().getName();
    }

    public String displayName() {
        String v = claim("name");
        return v != null ? v : username();
    }

    /**
     * The caller's e-mail address, but only when the identity provider says it is verified ({@code email_verified}).
     * Team membership, invitations and conflict checks are matched on e-mail addresses, so an address a user could set
     * themselves must grant nothing: an unverified one is treated as no address at all.
     */
    public String email() {
        return emailVerified() ? claim("email") : null;
    }

    public boolean emailVerified() {
        JsonWebToken jwt = jwt();
        Object v = jwt == null ? identity.getAttribute("email_verified") : jwt.getClaim("email_verified");
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof jakarta.json.JsonValue j) {
            return j == jakarta.json.JsonValue.TRUE;
        }
        return v != null && "true".equals(v.toString());
    }

    /** The department the user belongs to (a user attribute in Keycloak mapped into the token). */
    public String department() {
        return claim("department");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    private JsonWebToken jwt() {
        return identity.getPrincipal() instanceof JsonWebToken j ? j : null;
    }

    private String claim(String name) {
        JsonWebToken jwt = jwt();
        if (jwt == null) {
            Object attr = identity.getAttribute(name);
            return attr == null ? null : attr.toString();
        }
        Object v = jwt.getClaim(name);
        if (v == null) {
            return null;
        }
        String s = v.toString();
        // JSON string claims may come back quoted from some token implementations
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
