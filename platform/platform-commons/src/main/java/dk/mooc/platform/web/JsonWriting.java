package dk.mooc.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How the services write JSON, for every answer at once: each property of a view is read through an accessor that
 * Jackson generates once per class (Blackbird), not through reflection on every call. The profile of a list of
 * proposals put a quarter of Jackson's time in reflective calls of the records' accessors (docs/performance.md). What
 * is written does not change: the same properties, names and formats ({@code JsonWritingTest}).
 */
@Singleton
public class JsonWriting implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
