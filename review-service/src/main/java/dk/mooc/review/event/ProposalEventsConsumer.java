package dk.mooc.review.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.platform.events.Inbox;
import dk.mooc.review.service.ReviewCaseService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * Consumes proposal-service's events. Each is applied once through the inbox; a poison message is
 * dead-lettered to {@code review-service.proposal-events.dlq} by the connector.
 */
@ApplicationScoped
public class ProposalEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReviewCaseService cases;

    @Incoming(ReviewEvents.PROPOSAL_TOPIC)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, Map.of(
                ReviewEvents.PROPOSAL_SUBMITTED, e -> cases.open(e.data(mapper, ProposalSubmitted.class)),
                ReviewEvents.PROPOSAL_RESUBMITTED, e -> cases.open(e.data(mapper, ProposalSubmitted.class)),
                ReviewEvents.PROPOSAL_WITHDRAWN, e -> cases.closeForWithdrawal(e.data(mapper, ProposalWithdrawn.class))));
    }
}
