package dk.mooc.platform.security;

/** The Keycloak realm roles of the programme (see docs/security.md). */
public final class Roles {
    public static final String INSTRUCTOR = "instructor";
    public static final String CONSULTANT = "consultant";
    public static final String COMMITTEE = "committee";
    /** Together with committee: the steering committee's chair. */
    public static final String COMMITTEE_CHAIR = "committee-chair";
    public static final String BOARD = "board";
    public static final String HEAD = "head";
    public static final String MEDIALAB = "medialab";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
