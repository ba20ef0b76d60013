package dk.mooc.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncomingEventTest {

    record Trimmed(String moocId, String title) {
    }

    private static ConsumerRecord<String, String> record(String value, String... headers) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>("proposal-events", 0, 7L, "m-1", value);
        for (int i = 0; i < headers.length; i += 2) {
            r.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    @Test
    void readsTheBinaryModeEnvelopeFromHeaders() {
        IncomingEvent e = IncomingEvent.from(record("{}", "ce_specversion", "1.0", "ce_id", "e-1", "ce_source", "/proposal-service",
                "ce_type", "mooc.proposal.submitted.v1", "ce_subject", "m-1", "ce_time", "2026-11-28T10:15:30Z"));
        assertEquals("e-1", e.id());
        assertEquals("/proposal-service", e.source());
        assertEquals("mooc.proposal.submitted.v1", e.type());
        assertEquals("m-1", e.subject());
        assertEquals(2026, e.time().getYear());
        assertEquals(7L, e.offset());
    }

    @Test
    void aRecordWithoutTheEnvelopeIsPoison() {
        PoisonEventException ex = assertThrows(PoisonEventException.class, () -> IncomingEvent.from(record("{}")));
        assertTrue(ex.getMessage().contains("ce_id"), ex.getMessage());
    }

    @Test
    void anUnsupportedSpecVersionOrBadTimeIsPoison() {
        assertThrows(PoisonEventException.class, () -> IncomingEvent.from(record("{}", "ce_specversion", "0.3", "ce_id", "e",
                "ce_source", "/s", "ce_type", "t")));
        assertThrows(PoisonEventException.class, () -> IncomingEvent.from(record("{}", "ce_id", "e", "ce_source", "/s",
                "ce_type", "t", "ce_time", "yesterday")));
    }

    @Test
    void dataIsReadTolerantlyButUnreadableDataIsPoison() {
        ObjectMapper mapper = new ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        IncomingEvent ok = IncomingEvent.from(record("{\"moocId\":\"m-1\",\"title\":\"T\",\"newField\":1}",
                "ce_id", "e", "ce_source", "/s", "ce_type", "t"));
        assertEquals("T", ok.data(mapper, Trimmed.class).title());
        IncomingEvent bad = IncomingEvent.from(record("not json", "ce_id", "e", "ce_source", "/s", "ce_type", "t"));
        assertThrows(PoisonEventException.class, () -> bad.data(mapper, Trimmed.class));
    }
}
