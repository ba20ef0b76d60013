package dk.mooc.production;

/**
 * A person on a MOOC's team; kept as JSON on the production (the team is read and replaced as a whole). The e-mail
 * says whom the membership is for; {@code userId} is the Keycloak subject it is bound to (see {@link Invitation}),
 * null while the membership is pending.
 */
public record TeamMember(String name, String email, TeamRole role, String userId) {

    /** A membership not bound to anyone yet. */
    public TeamMember(String name, String email, TeamRole role) {
        this(name, email, role, null);
    }

    public boolean pending() {
        return userId == null;
    }

    public TeamMember boundTo(String subject) {
        return new TeamMember(name, email, role, subject);
    }
}
