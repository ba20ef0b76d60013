package dk.mooc.analytics.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.analytics.ProposalText;
import dk.mooc.analytics.service.SimilarityService;
import dk.mooc.platform.events.IncomingEvent;
import dk.mooc.platform.events.Inbox;
import dk.mooc.platform.events.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * Freezes the similar Coursera courses of every submitted version of a proposal (submitted and resubmitted), in its
 * own consumer group, once per event through the inbox; a poison message goes to {@code analytics-service.catalogue.dlq}.
 */
@ApplicationScoped
public class CatalogueProposalConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    SimilarityService similarity;

    @Incoming(AnalyticsEvents.CATALOGUE_PROPOSAL_CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, Map.of(
                AnalyticsEvents.PROPOSAL_SUBMITTED, this::freeze,
                AnalyticsEvents.PROPOSAL_RESUBMITTED, this::freeze));
    }

    private void freeze(IncomingEvent e) {
        ProposalSubmitted p = e.data(mapper, ProposalSubmitted.class);
        if (p.moocId() == null || p.proposalVersion() == null || p.proposalVersion() < 1) {
            throw new PoisonEventException("Event " + e.id() + " (" + e.type() + ") has no MOOC id or proposal version");
        }
        similarity.freeze(p.moocId(), p.proposalVersion(), new ProposalText(p.title(), p.topic(), p.summary(),
                        p.targetLearners(), p.uniqueness()), p.instructor() == null ? null : p.instructor().id(),
                p.department(), p.submittedAt(), e.id(), e.type());
    }
}
