package dk.mooc.production;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The study board's approval to launch, requested and given from an e-mail link like the application's. */
@Embeddable
public class LaunchApproval {

    @Schema(name = "LaunchApprovalStatus", description = "NOT_REQUESTED, REQUESTED (the study board is asked), "
            + "APPROVED or DECLINED")
    public enum Status { NOT_REQUESTED, REQUESTED, APPROVED, DECLINED }

    @Enumerated(EnumType.STRING)
    @Column(name = "launch_approval_status", nullable = false, length = 20)
    public Status status = Status.NOT_REQUESTED;

    @Column(name = "launch_approval_requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "launch_approval_requested_by", length = 200)
    public String requestedBy;

    @Column(name = "launch_approval_decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "launch_approval_decided_by", length = 200)
    public String decidedBy;

    @Column(name = "launch_approval_comment", length = 4000)
    public String comment;
}
