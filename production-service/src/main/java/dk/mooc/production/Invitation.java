package dk.mooc.production;

import java.util.Locale;

/**
 * The rule for access granted to an e-mail address (a team membership, a feedback round's invited colleague). An
 * address is not an identity: it only says whom the grant is for until that person first uses it. The first caller
 * whose <em>verified</em> address matches binds the grant to their Keycloak subject; from then on the subject alone is
 * admitted, so another account that later shows the same address gains nothing. A grant not yet bound is pending and
 * admits nobody: binding comes first ({@code ProductionAccess.bindPending}).
 */
public final class Invitation {

    private Invitation() {
    }

    /** Whether the grant admits the caller: only once it is bound, and only the subject it is bound to. */
    public static boolean admits(String boundTo, String subject) {
        return boundTo != null && boundTo.equals(subject);
    }

    /** Whether the caller's first use binds the grant: still pending and addressed to the caller's verified e-mail. */
    public static boolean claimable(String boundTo, String invitedEmail, String verifiedEmail) {
        return boundTo == null && invitedEmail != null && verifiedEmail != null && !verifiedEmail.isBlank()
                && normalised(invitedEmail).equals(normalised(verifiedEmail));
    }

    /** Addresses compare without case and surrounding blanks (as the e-mail indexes store them). */
    public static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean sameAddress(String a, String b) {
        return a != null && b != null && normalised(a).equals(normalised(b));
    }
}
