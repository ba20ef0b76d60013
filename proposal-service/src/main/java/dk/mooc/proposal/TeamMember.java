package dk.mooc.proposal;

/** A person on the MOOC's team, as the instructor lists them in the application. */
public record TeamMember(String name, String email, TeamRole role) {

    public enum TeamRole {
        INSTRUCTOR, TEACHING_ASSISTANT, STUDENT_ASSISTANT
    }
}
