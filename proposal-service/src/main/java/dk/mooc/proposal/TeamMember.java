package dk.mooc.proposal;

/** A person on the MOOC's team, as the instructor lists them in the application. */
public record TeamMember(String name, String email, TeamRole role) {

    public enum TeamRole {
        INSTRUCTOR, TEACHING_ASSISTANT, STUDENT_ASSISTANT
    }

    /** The team's e-mail addresses as ",a@x,b@y," (lower case), the column the list query matches with LIKE. */
    static String emailIndex(java.util.List<TeamMember> team) {
        StringBuilder b = new StringBuilder();
        for (TeamMember m : team) {
            if (m.email() != null && !m.email().isBlank()) {
                b.append(b.isEmpty() ? "," : "").append(m.email().strip().toLowerCase(java.util.Locale.ROOT)).append(',');
            }
        }
        return b.toString();
    }

    /** Whether the team lists this (verified) e-mail address. */
    static boolean lists(java.util.List<TeamMember> team, String email) {
        return email != null && team.stream().anyMatch(m -> m.email() != null && m.email().equalsIgnoreCase(email));
    }
}
