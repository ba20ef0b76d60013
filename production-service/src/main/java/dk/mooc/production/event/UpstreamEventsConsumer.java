package dk.mooc.production.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.platform.events.Inbox;
import dk.mooc.production.service.LaunchService;
import dk.mooc.production.service.ProductionStarter;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * Proposal snapshots from proposal-service, the committee's decisions from review-service (an approval starts a
 * production with its development plan) and the study board's semester reviews from analytics-service. Applied once each through the inbox; poison goes to a DLQ.
 */
@ApplicationScoped
public class UpstreamEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    ProductionStarter starter;

    @Inject
    LaunchService launches;

    @Incoming(ProductionEvents.PROPOSAL_TOPIC)
    @Blocking
    public void proposals(ConsumerRecord<String, String> record) {
        inbox.process(record, Map.of(
                ProductionEvents.PROPOSAL_SUBMITTED, e -> starter.remember(e.data(mapper, ProposalSubmitted.class)),
                ProductionEvents.PROPOSAL_RESUBMITTED, e -> starter.remember(e.data(mapper, ProposalSubmitted.class))));
    }

    @Incoming(ProductionEvents.REVIEW_TOPIC)
    @Blocking
    public void decisions(ConsumerRecord<String, String> record) {
        inbox.process(record, Map.of(
                ProductionEvents.REVIEW_DECIDED, e -> starter.decided(e.data(mapper, ReviewDecided.class))));
    }

    @Incoming(ProductionEvents.ANALYTICS_TOPIC)
    @Blocking
    public void semesterReviews(ConsumerRecord<String, String> record) {
        inbox.process(record, Map.of(ProductionEvents.SEMESTER_REVIEW_COMPLETED,
                e -> launches.semesterReviewed(e.data(mapper, SemesterReviewCompleted.class))));
    }
}
