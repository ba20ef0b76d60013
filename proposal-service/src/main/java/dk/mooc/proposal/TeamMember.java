package dk.mooc.proposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person on the MOOC's team, as the instructor lists them in the application. The e-mail address only says whom
 * to bind: access goes to the account bound to the entry ({@link TeamBinding}), never to whoever shows the address.
 */
@Schema(name = "TeamMember", description = "A person on the MOOC's team as the application lists them")
public record TeamMember(@Schema(description = "Their name", example = "Sofie Student") String name,
                         @Schema(description = "Their e-mail address; the entry grants access to the account bound to "
                                 + "it, and none while the address is missing or unbound", example = "sofie@example.org")
                         String email,
                         @Schema(example = "STUDENT_ASSISTANT") TeamRole role) {

    @Schema(name = "TeamRole", description = "A team member's role")
    public enum TeamRole {
        INSTRUCTOR, TEACHING_ASSISTANT, STUDENT_ASSISTANT
    }

    /** An address as the team index and the bindings store it (trimmed, lower case); null when there is none. */
    public static String normalise(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The distinct addresses the team lists, normalised. */
    public static Set<String> addresses(List<TeamMember> team) {
        Set<String> all = new LinkedHashSet<>();
        for (TeamMember m : team) {
            String a = normalise(m.email());
            if (a != null) {
                all.add(a);
            }
        }
        return all;
    }

    /** The team's e-mail addresses as ",a@x,b@y," (normalised), the column the binding query matches with LIKE. */
    static String emailIndex(List<TeamMember> team) {
        Set<String> all = addresses(team);
        return all.isEmpty() ? "" : "," + String.join(",", all) + ",";
    }
}
