package dk.mooc.proposal.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.platform.events.Inbox;
import dk.mooc.proposal.service.ProposalWorkflow;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * Keeps the proposal's status true: the committee's decision from review-service and the launch from
 * production-service. Each event is applied once through the inbox; poison messages go to
 * {@code proposal-service.<topic>.dlq}. Other event types on these topics are ignored.
 */
@ApplicationScoped
public class WorkflowEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    ProposalWorkflow workflow;

    @Incoming(ProposalEvents.REVIEW_TOPIC)
    @Blocking
    public void review(ConsumerRecord<String, String> record) {
        inbox.process(record, Map.of(
                ProposalEvents.REVIEW_DECIDED, e -> workflow.applyDecision(e.data(mapper, ReviewDecided.class))));
    }

    @Incoming(ProposalEvents.PRODUCTION_TOPIC)
    @Blocking
    public void production(ConsumerRecord<String, String> record) {
        inbox.process(record, Map.of(
                ProposalEvents.COURSE_LAUNCHED, e -> workflow.launched(e.data(mapper, CourseLaunched.class))));
    }
}
