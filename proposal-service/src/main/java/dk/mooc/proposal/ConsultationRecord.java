package dk.mooc.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The LearningLab consultation of one proposal: when the instructor asked, which consultant took it, and what was
 * recorded of the meeting. {@link Proposal} decides when each step is allowed; this only keeps what happened.
 */
@Embeddable
public class ConsultationRecord {

    @Column(name = "consultation_requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "consultant_id", length = 100)
    public String consultantId;

    @Column(name = "consultant_name", length = 200)
    public String consultantName;

    @Column(name = "consultant_email", length = 200)
    public String consultantEmail;

    @Column(name = "consultant_assigned_at")
    public OffsetDateTime assignedAt;

    @Column(name = "consultation_date")
    public LocalDate date;

    @Column(name = "consultation_notes", length = 8000)
    public String notes;

    @Column(name = "consultation_recorded_at")
    public OffsetDateTime recordedAt;

    void request(OffsetDateTime now) {
        requestedAt = now;
    }

    void assign(String id, String name, String email, OffsetDateTime now) {
        consultantId = id;
        consultantName = name;
        consultantEmail = email;
        assignedAt = now;
    }

    void record(LocalDate date, String notes, OffsetDateTime now) {
        this.date = date;
        this.notes = notes;
        recordedAt = now;
    }

    /** Whether {@code userId} is the consultant who took the proposal. */
    public boolean takenBy(String userId) {
        return consultantId != null && consultantId.equals(userId);
    }
}
