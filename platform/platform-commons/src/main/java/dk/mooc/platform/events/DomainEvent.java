package dk.mooc.platform.events;

/**
 * An event a service publishes about a MOOC. Implementations are small immutable records named
 * {@code <Aggregate><PastTense>}; the record itself is the CloudEvent's {@code data}.
 */
public interface DomainEvent {

    /** CloudEvents {@code type}: {@code mooc.<aggregate>.<past-tense-verb>.v<N>}. */
    String eventType();

    /** CloudEvents {@code subject} and Kafka key: the MOOC id, so one MOOC's events stay in order. */
    String moocId();
}
