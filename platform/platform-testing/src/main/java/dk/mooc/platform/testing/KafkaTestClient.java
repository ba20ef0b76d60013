package dk.mooc.platform.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import dk.mooc.platform.web.Timestamps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads what services really published, and publishes CloudEvents the way a producer service does.
 * <p>
 * "Exactly once" and "nothing else" checks never read for a time: take {@link #endOffsets} before the action, let
 * the action finish (its outbox drained, or the consumer's group caught up: {@link #awaitConsumed}), then
 * {@link #readSince} reads from that mark to the topic's end as it is now, a known range.
 */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Reads the topic from the beginning until {@code count} records match or the timeout passes. */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                             int count, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long end = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            while (System.nanoTime() < end && found.size() < count) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(250))) {
                    if (match.test(r)) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    /** The topic's end offset per partition now: the mark to read from after an action. Empty if no topic yet. */
    public static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, String> c = consumer()) {
            List<TopicPartition> partitions = partitions(c, topic);
            return partitions.isEmpty() ? Map.of() : new HashMap<>(c.endOffsets(partitions, Duration.ofSeconds(30)));
        }
    }

    /**
     * Every record from {@code from} (a mark from {@link #endOffsets}; partitions not in it from their start) to the
     * topic's end offsets as they are when called. Fails if that known end cannot be read within 30 s.
     */
    public static List<ConsumerRecord<String, String>> readSince(String topic, Map<TopicPartition, Long> from,
                                                                 Predicate<ConsumerRecord<String, String>> match) {
        return readRange(topic, from, endOffsets(topic), match);
    }

    /** Every record of the topic from its start to its end offsets as they are when called. */
    public static List<ConsumerRecord<String, String>> readAll(String topic, Predicate<ConsumerRecord<String, String>> match) {
        return readSince(topic, Map.of(), match);
    }

    /** Every record between two marks, partition by partition, in offset order within each partition. */
    public static List<ConsumerRecord<String, String>> readRange(String topic, Map<TopicPartition, Long> from,
                                                                 Map<TopicPartition, Long> to,
                                                                 Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        List<TopicPartition> wanted = to.entrySet().stream()
                .filter(e -> e.getValue() > from.getOrDefault(e.getKey(), 0L))
                .map(Map.Entry::getKey).toList();
        if (wanted.isEmpty()) {
            return found;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, String> c = consumer()) {
            c.assign(wanted);
            for (TopicPartition tp : wanted) {
                c.seek(tp, from.getOrDefault(tp, 0L));
            }
            Map<TopicPartition, Long> remaining = new HashMap<>();
            wanted.forEach(tp -> remaining.put(tp, to.get(tp)));
            while (!remaining.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " up to " + to + " within 30 s");
                }
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(250))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    Long end = remaining.get(tp);
                    if (end != null && r.offset() < end && match.test(r)) {
                        found.add(r);
                    }
                }
                for (TopicPartition tp : List.copyOf(remaining.keySet())) {
                    if (c.position(tp) >= remaining.get(tp)) {
                        remaining.remove(tp);
                        c.pause(List.of(tp));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Waits until consumer group {@code group} has committed, on every partition of {@code topic}, the end offset
     * the topic has now: every record published before this call has been handled (and its effect committed).
     */
    public static void awaitConsumed(String group, String topic, Duration timeout) {
        Map<TopicPartition, Long> end = endOffsets(topic);
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> behind = new HashMap<>(end);
        try (Admin admin = Admin.create(p)) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                behind.entrySet().removeIf(e -> {
                    OffsetAndMetadata o = committed.get(e.getKey());
                    return e.getValue() == 0 || (o != null && o.offset() >= e.getValue());
                });
                if (behind.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Consumer group " + group + " has not consumed " + topic + " up to "
                            + end + " within " + timeout + "; still behind on " + behind.keySet()
                            + ", committed " + committed);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of group " + group, e);
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> c, String topic) {
        List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(30));
        return infos == null ? List.of()
                : infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    public static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    public static Predicate<ConsumerRecord<String, String>> subject(String moocId) {
        return r -> moocId.equals(header(r, "ce_subject"));
    }

    /** Publishes one CloudEvent in binary mode, keyed by the subject; returns its id. */
    public static String publish(String topic, String id, String source, String type, String subject, String data) {
        return publish(topic, id, source, type, subject, data, Map.of());
    }

    /** The same with further headers, e.g. the tracing extension {@code ce_traceparent} a producer's relay adds. */
    public static String publish(String topic, String id, String source, String type, String subject, String data,
                                 Map<String, String> headers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, data);
            addHeader(record, "ce_specversion", "1.0");
            addHeader(record, "ce_id", id);
            addHeader(record, "ce_source", source);
            addHeader(record, "ce_type", type);
            if (subject != null) {
                addHeader(record, "ce_subject", subject);
            }
            addHeader(record, "ce_time", Timestamps.now().toString());
            addHeader(record, "content-type", "application/json");
            headers.forEach((name, value) -> addHeader(record, name, value));
            producer.send(record).get();
            return id;
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /** Publishes a raw record with no CloudEvent headers (a poison message). */
    public static void publishRaw(String topic, String key, String value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    private static void addHeader(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
