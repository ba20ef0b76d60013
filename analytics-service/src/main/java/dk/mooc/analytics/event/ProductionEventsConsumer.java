package dk.mooc.analytics.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.analytics.service.CourseService;
import dk.mooc.platform.events.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;

/**
 * Consumes production-service's events: {@code course launched} registers the launched course. Each event is
 * applied once through the inbox; a poison message is dead-lettered to
 * {@code analytics-service.production-events.dlq} by the connector. Other production events are skipped.
 */
@ApplicationScoped
public class ProductionEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    CourseService courses;

    @Incoming(AnalyticsEvents.PRODUCTION_TOPIC)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, Map.of(
                AnalyticsEvents.COURSE_LAUNCHED, e -> courses.register(e.data(mapper, CourseLaunched.class))));
    }
}
