package dk.mooc.production;

/** A person on a MOOC's team; kept as JSON on the production (the team is read and replaced as a whole). */
public record TeamMember(String name, String email, TeamRole role) {
}
