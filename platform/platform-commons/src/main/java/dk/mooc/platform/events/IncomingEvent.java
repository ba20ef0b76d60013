package dk.mooc.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A CloudEvent received in Kafka's binary content mode: attributes in {@code ce_*} headers, data as the
 * record value. Consumers read only the fields they need from {@link #data(Class)} (tolerant reader).
 */
public record IncomingEvent(String id, String source, String type, String subject, OffsetDateTime time,
                            String data, String topic, int partition, long offset) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String source = header(record, "ce_source");
        String type = header(record, "ce_type");
        String spec = header(record, "ce_specversion");
        if (id == null || source == null || type == null) {
            throw new PoisonEventException("Not a CloudEvent: the ce_id, ce_source and ce_type headers are required"
                    + " (topic " + record.topic() + ", partition " + record.partition() + ", offset "
                    + record.offset() + ")");
        }
        if (spec != null && !spec.startsWith("1.")) {
            throw new PoisonEventException("Unsupported CloudEvents spec version " + spec);
        }
        if (record.value() == null) {
            throw new PoisonEventException("Event " + id + " of type " + type + " has no data");
        }
        OffsetDateTime time = null;
        String t = header(record, "ce_time");
        if (t != null) {
            try {
                time = OffsetDateTime.parse(t);
            } catch (DateTimeParseException e) {
                throw new PoisonEventException("Event " + id + " has an invalid ce_time: " + t);
            }
        }
        return new IncomingEvent(id, source, type, header(record, "ce_subject"), time, record.value(),
                record.topic(), record.partition(), record.offset());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Reads the data as the consumer's own trimmed view of the event; unknown fields are ignored. */
    public <T> T data(ObjectMapper mapper, Class<T> type) {
        try {
            return mapper.readValue(data, type);
        } catch (Exception e) {
            throw new PoisonEventException("Event " + id + " of type " + this.type + " has data that cannot be read as "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
