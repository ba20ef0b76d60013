package dk.mooc.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A committee member on one case, with their conflict-of-interest declaration and any automatic conflict. */
@Entity
@Table(name = "case_member")
@IdClass(CaseMember.Key.class)
public class CaseMember extends PanacheEntityBase {

    @Schema(name = "ConflictDeclaration", description = "A member's declaration on conflicts of interest: NOT_DECLARED "
            + "yet, NO_CONFLICT or CONFLICT")
    public enum Declaration { NOT_DECLARED, NO_CONFLICT, CONFLICT }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    public String username;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 200)
    public String email;

    @Column(length = 100)
    public String department;

    @Column(nullable = false)
    public boolean volunteered;

    @Column(name = "assigned_by", nullable = false, length = 100)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Declaration declaration = Declaration.NOT_DECLARED;

    @Column(name = "declaration_reason", length = 2000)
    public String declarationReason;

    @Column(name = "declared_at")
    public OffsetDateTime declaredAt;

    /** Why the platform flagged a conflict (same department, on the team), or null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "automatic_conflict", length = 500)
    public ReviewCase.AutomaticConflict automaticConflict;

    public boolean conflicted() {
        return automaticConflict != null || declaration == Declaration.CONFLICT;
    }

    public static class Key implements Serializable {
        public UUID caseId;
        public String username;

        public Key() {
        }

        public Key(UUID caseId, String username) {
            this.caseId = caseId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.caseId, caseId) && Objects.equals(k.username, username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, username);
        }
    }
}
