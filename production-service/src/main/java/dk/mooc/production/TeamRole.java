package dk.mooc.production;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A role on a MOOC's team, with the responsibilities the programme assigns to it (docs/production.md). */
@Schema(name = "TeamRole", description = "A role on the team; each comes with the responsibilities the programme "
        + "assigns to it")
public enum TeamRole {
    INSTRUCTOR(List.of("Course content and learning objectives", "Recording the videos", "The user test",
            "The launch on Coursera")),
    ASSISTANT(List.of("Exercises and quizzes", "Uploading the material", "The discussion forums after launch")),
    CONSULTANT(List.of("The development plan", "Feedback on the teaching plan and on the material",
            "The Coursera set-up"));

    private final List<String> responsibilities;

    TeamRole(List<String> responsibilities) {
        this.responsibilities = responsibilities;
    }

    public List<String> responsibilities() {
        return responsibilities;
    }
}
