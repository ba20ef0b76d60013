-- W3C trace context of the span that recorded an event (see docs/events.md, "Traces"): the relay sends it as the
-- CloudEvents traceparent/tracestate extension, so consumers continue the producer's trace. Null where tracing is off.
alter table outbox_event add column traceparent varchar(55);
alter table outbox_event add column tracestate  varchar(512);

-- The trace context of the consumer's processing span when it applied the event: leads from an effect to its trace.
alter table inbox_event add column traceparent varchar(55);
