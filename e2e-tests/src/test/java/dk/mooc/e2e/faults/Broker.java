package dk.mooc.e2e.faults;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** What the fault run asks the local broker: consumer lag, dead letters, and one poison message. */
final class Broker {

    private Broker() {
    }

    /** Records delivered to the service's consumer group but not committed yet (it is consuming right now). */
    static long lag(String group) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> ask = committed.keySet().stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            var ends = admin.listOffsets(ask).all().get(5, TimeUnit.SECONDS);
            long lag = 0;
            for (var e : committed.entrySet()) {
                if (e.getValue() != null) {
                    lag += ends.get(e.getKey()).offset() - e.getValue().offset();
                }
            }
            return lag;
        } catch (Exception e) {
            return 0;
        }
    }

    /** Messages no consumer can read (no CloudEvents headers): each must land once in each consumer's DLQ. */
    static void injectPoison(String key) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>("proposal-events", key, "this is not an event")).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not inject the poison message", e);
        }
    }

    /** Records per "topic|key" in the dead-letter topics since {@code since}. */
    static Map<String, Integer> deadLetters(List<String> topics, OffsetDateTime since) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Integer> out = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = new ArrayList<>();
            Set<String> existing = consumer.listTopics(Duration.ofSeconds(10)).keySet();
            for (String t : topics) {
                if (existing.contains(t)) {
                    consumer.partitionsFor(t, Duration.ofSeconds(10)).forEach(pi -> parts.add(new TopicPartition(t, pi.partition())));
                }
            }
            consumer.assign(parts);
            Map<TopicPartition, Long> from = new HashMap<>();
            parts.forEach(tp -> from.put(tp, since.toInstant().toEpochMilli()));
            var offsets = consumer.offsetsForTimes(from, Duration.ofSeconds(10));
            Map<TopicPartition, Long> ends = consumer.endOffsets(parts, Duration.ofSeconds(10));
            Set<TopicPartition> todo = new HashSet<>();
            for (TopicPartition tp : parts) {
                var o = offsets.get(tp);
                if (o != null && o.offset() < ends.get(tp)) {
                    consumer.seek(tp, o.offset());
                    todo.add(tp);
                }
            }
            long until = System.currentTimeMillis() + 30_000;
            while (!todo.isEmpty() && System.currentTimeMillis() < until) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    out.merge(r.topic() + "|" + r.key(), 1, Integer::sum);
                }
                todo.removeIf(tp -> consumer.position(tp) >= ends.get(tp));
            }
        }
        return out;
    }

    private static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        return Admin.create(p);
    }

}
