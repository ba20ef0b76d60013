package dk.mooc.proposal.service;

import dk.mooc.platform.inbox.MostUrgentTasks;
import dk.mooc.platform.security.CurrentUser;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.InList;
import dk.mooc.proposal.Endorsement;
import dk.mooc.proposal.NextStep;
import dk.mooc.proposal.Proposal;
import dk.mooc.proposal.ProposalStatus;
import dk.mooc.proposal.Task;
import dk.mooc.proposal.repository.ProposalRepository;
import dk.mooc.proposal.repository.ProposalRepository.TaskScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The caller's task inbox in this service: on each proposal, what the workflow waits for ({@link NextStep}) that the
 * caller may do now ({@link ProposalAccess#permissions}). Both are the rules the proposal's page and the server's
 * checks use, so a task is listed exactly while its action would be accepted: an endorsement given, voided or
 * declined, a consultation taken by someone else or recorded, is no task.
 */
@ApplicationScoped
public class ProposalTasks {

    /** One person's open work, not a search: the inbox shows at most this many, the longest waiting first. */
    public static final int LIMIT = 200;

    /** The instructor's steps, done one after another: only the first one waiting is their task. */
    private static final Set<Task.Kind> INSTRUCTOR_STEPS = EnumSet.of(Task.Kind.REQUEST_CONSULTATION,
            Task.Kind.COMPLETE_APPLICATION, Task.Kind.REQUEST_ENDORSEMENTS, Task.Kind.REVISE_PROPOSAL,
            Task.Kind.SUBMIT_PROPOSAL);

    private static final Comparator<Task> LONGEST_WAITING_FIRST = Comparator
            .comparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::since)
            .thenComparing(Task::subjectId)
            .thenComparing(Task::kind);

    @Inject
    ProposalRepository repository;

    @Inject
    ProposalAccess access;

    @Inject
    CurrentUser user;

    /** The caller's first {@link #LIMIT} tasks and how many there are; the proposals are read a chunk at a time. */
    public MostUrgentTasks.Selection<Task> mine() {
        TaskScope scope = new TaskScope(
                user.hasRole(Roles.INSTRUCTOR) ? user.id() : null,
                user.hasRole(Roles.CONSULTANT) ? user.id() : null,
                user.hasRole(Roles.BOARD) ? user.department() : null,
                user.hasRole(Roles.HEAD) ? user.department() : null);
        return MostUrgentTasks.select(repository.taskCandidates(scope),
                chunk -> InList.of("from Proposal where id in :ids order by id", Map.of("ids", chunk)).list(Proposal.class)
                        .stream().flatMap(this::tasks).toList(),
                repository.getEntityManager()::clear, LONGEST_WAITING_FIRST, LIMIT);
    }

    private Stream<Task> tasks(Proposal p) {
        Set<Permission> can = access.permissions(p);
        NextStep next = NextStep.of(p);
        List<Task> tasks = new ArrayList<>();
        boolean instructorStepListed = false;
        for (NextStep.Waiting w : next.waitingFor()) {
            Task.Kind kind = kind(w.action(), next.missing());
            if (kind == null || !can.contains(permissionFor(kind))) {
                continue;
            }
            if (INSTRUCTOR_STEPS.contains(kind)) {
                if (instructorStepListed) {
                    continue;
                }
                instructorStepListed = true;
            }
            tasks.add(new Task(kind, p.id, p.id, p.title, null, since(kind, p), params(kind, p, next.missing())));
        }
        return tasks.stream();
    }

    /** The task for a step the workflow waits for; null for steps that are nobody's action here. */
    private static Task.Kind kind(NextStep.Action action, List<String> missing) {
        return switch (action) {
            case REQUEST_CONSULTATION -> Task.Kind.REQUEST_CONSULTATION;
            case ASSIGN_CONSULTANT -> Task.Kind.TAKE_CONSULTATION;
            case RECORD_CONSULTATION -> Task.Kind.RECORD_CONSULTATION;
            case COMPLETE_APPLICATION -> Task.Kind.COMPLETE_APPLICATION;
            // asking with fields still empty is refused (400): completing the application is what can be done
            case REQUEST_ENDORSEMENTS -> missing.isEmpty() ? Task.Kind.REQUEST_ENDORSEMENTS : Task.Kind.COMPLETE_APPLICATION;
            case APPROVE -> Task.Kind.GIVE_BOARD_APPROVAL;
            case SIGN -> Task.Kind.SIGN_AS_HEAD;
            case REVISE -> Task.Kind.REVISE_PROPOSAL;
            case SUBMIT -> Task.Kind.SUBMIT_PROPOSAL;
            // the committee acts in review-service, production in production-service
            case AWAIT_REVIEW, PRODUCE, NONE -> null;
        };
    }

    /** The permission the server checks for the task's action. */
    private static Permission permissionFor(Task.Kind kind) {
        return switch (kind) {
            case REQUEST_CONSULTATION -> Permission.REQUEST_CONSULTATION;
            case TAKE_CONSULTATION -> Permission.ASSIGN_CONSULTANT;
            case RECORD_CONSULTATION -> Permission.RECORD_CONSULTATION;
            case COMPLETE_APPLICATION, REVISE_PROPOSAL -> Permission.EDIT;
            case REQUEST_ENDORSEMENTS -> Permission.REQUEST_ENDORSEMENTS;
            case GIVE_BOARD_APPROVAL -> Permission.DECIDE_BOARD_APPROVAL;
            case SIGN_AS_HEAD -> Permission.SIGN;
            case SUBMIT_PROPOSAL -> Permission.SUBMIT;
        };
    }

    private static OffsetDateTime since(Task.Kind kind, Proposal p) {
        OffsetDateTime at = switch (kind) {
            case REQUEST_CONSULTATION -> p.createdAt;
            case TAKE_CONSULTATION -> p.consultation().requestedAt;
            case RECORD_CONSULTATION -> p.consultation().assignedAt;
            case GIVE_BOARD_APPROVAL -> p.boardApproval().requestedAt();
            case SIGN_AS_HEAD -> p.headSignature().requestedAt();
            case COMPLETE_APPLICATION, REQUEST_ENDORSEMENTS, REVISE_PROPOSAL, SUBMIT_PROPOSAL -> handedBack(p);
        };
        return at == null ? p.updatedAt : at;
    }

    /** When the proposal last came back to its instructor: consultation recorded, an endorser or the committee decided. */
    private static OffsetDateTime handedBack(Proposal p) {
        return Stream.of(p.consultation().recordedAt, p.boardApproval().decidedAt(), p.headSignature().decidedAt(),
                        p.decidedAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(p.createdAt);
    }

    private static Map<String, String> params(Task.Kind kind, Proposal p, List<String> missing) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("revision", Integer.toString(p.revision));
        switch (kind) {
            case TAKE_CONSULTATION -> params.put("department", p.department);
            case GIVE_BOARD_APPROVAL, SIGN_AS_HEAD -> {
                // set whenever endorsements are requested (ProposalWorkflow refreshes the fingerprint first)
                params.put("contentHash", Objects.requireNonNullElse(p.contentHash, ""));
                params.put("department", p.department);
            }
            case COMPLETE_APPLICATION -> params.put("missing", String.join(",", missing));
            case REQUEST_ENDORSEMENTS -> params.put("endorsers", String.join(",", endorsersToAsk(p)));
            case REVISE_PROPOSAL -> params.put("requestedBy", String.join(",", revisionRequestedBy(p)));
            default -> {
                // the revision says all
            }
        }
        return params;
    }

    /** Whom a request would go to: the endorsements that do not hold (Proposal.requestEndorsements asks those). */
    private static List<String> endorsersToAsk(Proposal p) {
        List<String> who = new ArrayList<>();
        if (!p.boardApproval().holds()) {
            who.add(NextStep.Actor.STUDY_BOARD.name());
        }
        if (!p.headSignature().holds()) {
            who.add(NextStep.Actor.HEAD_OF_DEPARTMENT.name());
        }
        return who;
    }

    private static List<String> revisionRequestedBy(Proposal p) {
        List<String> who = new ArrayList<>();
        if (p.status == ProposalStatus.REVISION_REQUESTED) {
            who.add(NextStep.Actor.COMMITTEE.name());
        }
        if (p.boardApproval().state() == Endorsement.State.DECLINED) {
            who.add(NextStep.Actor.STUDY_BOARD.name());
        }
        if (p.headSignature().state() == Endorsement.State.DECLINED) {
            who.add(NextStep.Actor.HEAD_OF_DEPARTMENT.name());
        }
        return who;
    }
}
