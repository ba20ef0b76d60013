package dk.mooc.review.rest;

import dk.mooc.review.Assessment;
import dk.mooc.review.CaseMember;
import dk.mooc.review.CriteriaSummary;
import dk.mooc.review.ReviewCase;
import dk.mooc.review.config.CommitteeConfig;
import dk.mooc.review.service.CaseWorkService;
import dk.mooc.review.service.ReviewAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the caller-specific view of a case: members, the summary if visible, and the caller's permissions. */
@RequestScoped
public class CaseViews {

    @Inject
    CaseWorkService work;

    @Inject
    ReviewAccess access;

    @Inject
    CommitteeConfig committee;

    ReviewCaseView of(ReviewCase c) {
        List<Assessment> assessments = Assessment.list("caseId", c.id);
        Set<String> assessed = assessments.stream().map(a -> a.username).collect(Collectors.toSet());
        List<ReviewCaseView.Member> members = work.members(c.id).stream().map(m -> member(m, assessed.contains(m.username)))
                .toList();
        Set<ReviewAccess.Permission> permissions = access.permissions(c);
        boolean hidden = !permissions.contains(ReviewAccess.Permission.READ_ASSESSMENTS);
        return ReviewCaseView.of(c, members, CriteriaSummary.of(assessments), hidden, permissions,
                committee.quorum());
    }

    private static ReviewCaseView.Member member(CaseMember m, boolean assessed) {
        return new ReviewCaseView.Member(m.username, m.name, m.email, m.department, m.volunteered, m.declaration,
                m.declarationReason, m.automaticConflict, m.conflicted(), assessed);
    }
}
