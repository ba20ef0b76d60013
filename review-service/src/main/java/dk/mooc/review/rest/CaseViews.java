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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
        return of(List.of(c)).get(0);
    }

    /** The view of a case read with its parts: no further statement. */
    ReviewCaseView of(ReviewCase.WithParts read) {
        return view(read.reviewCase(), read.assessments(), read.members(), access.username());
    }

    /**
     * The views of many cases (a page, an agenda) in three statements whatever their number: their assessments and
     * their members in one query each, and the caller's standing on each taken from those, not looked up per case.
     */
    List<ReviewCaseView> of(List<ReviewCase> cases) {
        List<UUID> ids = cases.stream().map(c -> c.id).toList();
        Map<UUID, List<Assessment>> assessmentsByCase = work.assessmentsOf(ids);
        Map<UUID, List<CaseMember>> membersByCase = work.membersOf(ids);
        String caller = access.username();
        return cases.stream().map(c -> view(c, assessmentsByCase.getOrDefault(c.id, List.of()),
                membersByCase.getOrDefault(c.id, List.of()), caller)).toList();
    }

    private ReviewCaseView view(ReviewCase c, List<Assessment> assessments, List<CaseMember> caseMembers, String caller) {
        Set<String> assessed = assessments.stream().map(a -> a.username).collect(Collectors.toSet());
        List<ReviewCaseView.Member> members = caseMembers.stream()
                .map(m -> member(m, assessed.contains(m.username))).toList();
        Optional<CaseMember> own = caseMembers.stream().filter(m -> m.username.equals(caller)).findFirst();
        Set<ReviewAccess.Permission> permissions = access.permissions(c,
                new ReviewAccess.Standing(own, own.isPresent() && assessed.contains(caller)));
        boolean hidden = !permissions.contains(ReviewAccess.Permission.READ_ASSESSMENTS);
        return ReviewCaseView.of(c, members, CriteriaSummary.of(assessments), hidden, permissions, committee.quorum());
    }

    private static ReviewCaseView.Member member(CaseMember m, boolean assessed) {
        return new ReviewCaseView.Member(m.username, m.name, m.email, m.department, m.volunteered, m.declaration,
                m.declarationReason, m.automaticConflict, m.conflicted(), assessed);
    }
}
