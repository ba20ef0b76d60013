package dk.mooc.platform.web;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.EntityIdentifierMapping;
import org.hibernate.metamodel.mapping.ManagedMappingType;
import org.hibernate.metamodel.mapping.NonAggregatedIdentifierMapping;
import org.hibernate.persister.entity.EntityPersister;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read of an entity with its parts in one SQL statement: PostgreSQL writes the row and the rows of its parts as one
 * JSON document, and the entities are taken from it with Jackson, without Hibernate's work per statement and per row.
 * It pays where a read has several parts: building the JSON costs PostgreSQL about what one plain statement costs, so a
 * production's read of five statements gained by it and a review case's of three only lost two round trips
 * (docs/performance.md, "One statement per read").
 *
 * <p>{@link #object} and {@link #array} write the SQL from Hibernate's own mapping of the entity, so every column is
 * the one Hibernate would read and every key the field it fills: basic attributes (JSON columns nested as they are),
 * embedded values (null when all their columns are, as Hibernate gives them) and the id, single or by an id class.
 * Collections mapped to tables of their own are not read: the entities keep their fields' initial values there, so a
 * read that needs one must not use this. An attribute this cannot read as Hibernate does (an association, a converter,
 * binary data) is refused when the SQL is written, at the read's first call, never read wrongly.
 *
 * <p>The entities are detached: for showing, never for changing (a change reads them through Hibernate, with their
 * version, in its transaction).
 */
@ApplicationScoped
public class EntityJson {

    /** PostgreSQL's functions take at most 100 arguments: an object of more fields is written in pieces joined by ||. */
    private static final int PAIRS_PER_CALL = 50;

    /**
     * Fields, not accessors: an entity's setters may do more than set (a team's setter keeps its look-up tables), and
     * its generated accessors are the persistence layer's. Unknown keys are ignored as Hibernate's own JSON columns
     * ignore them; the dates keep the offset PostgreSQL writes (the connection's zone, as Hibernate reads them).
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
            .build();

    /** Hibernate's name for the attribute that holds an entity's id-class attributes a second time. */
    private static final String ID_CLASS_PART = "_identifierMapper";

    @Inject
    EntityManager em;

    private final Map<String, String> objects = new ConcurrentHashMap<>();

    /** SQL: the row of {@code alias}, an entity of this class, as a {@code json} object keyed by its fields. */
    public String object(Class<?> entity, String alias) {
        return objects.computeIfAbsent(entity.getName() + " " + alias, k -> write(entity, alias));
    }

    /**
     * SQL: a {@code json} array of the entities of this class whose rows meet {@code condition} (SQL, naming the row
     * {@code alias}), in {@code order} (SQL, or null for any); an empty array when there are none.
     */
    public String array(Class<?> entity, String alias, String condition, String order) {
        return "(select coalesce(json_agg(" + object(entity, alias) + (order == null ? "" : " order by " + order)
                + "), '[]'::json) from " + table(entity) + " " + alias + " where " + condition + ")";
    }

    /** The entity's table, as its {@code @Table} names it. */
    public static String table(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        if (table == null || table.name().isEmpty()) {
            throw new IllegalArgumentException(entity.getName() + " names no table");
        }
        return table.name();
    }

    /**
     * Runs a native statement whose one column is a JSON document ({@code …::text}) and reads it as {@code type} in one
     * pass (a record whose components are the document's keys: an entity from {@link #object}, a list of them from
     * {@link #array}); empty when the statement returns no row. No result class for Hibernate: it keeps the plan of
     * such a statement (see ProductionRepository).
     */
    public <T> Optional<T> one(String sql, Map<String, Object> params, Class<T> type) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue((String) rows.get(0), type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Class<?> entity, String alias) {
        EntityPersister persister = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(entity);
        List<String> pairs = new ArrayList<>();
        EntityIdentifierMapping id = persister.getIdentifierMapping();
        if (id instanceof NonAggregatedIdentifierMapping idClass) {
            idClass.getVirtualIdEmbeddable().forEachAttributeMapping(a -> pairs.add(pair(entity, alias, a)));
        } else if (id instanceof BasicValuedModelPart basic) {
            pairs.add(key(id.getAttributeName()) + ", " + column(entity, alias, id.getAttributeName(), basic));
        } else {
            throw new IllegalArgumentException(entity.getName() + ": an embedded id is not read as JSON yet");
        }
        persister.forEachAttributeMapping(a -> {
            // the id class's virtual part repeats the id's attributes, written above
            if (a.asPluralAttributeMapping() == null && !a.getAttributeName().equals(ID_CLASS_PART)) {
                pairs.add(pair(entity, alias, a));
            }
        });
        return objectOf(pairs);
    }

    private static String pair(Class<?> entity, String alias, AttributeMapping a) {
        String name = a.getAttributeName();
        if (a instanceof BasicValuedModelPart basic) {
            return key(name) + ", " + column(entity, alias, name, basic);
        }
        if (a instanceof EmbeddableValuedModelPart embedded) {
            ManagedMappingType parts = embedded.getEmbeddableTypeDescriptor();
            List<String> inner = new ArrayList<>();
            List<String> nulls = new ArrayList<>();
            parts.forEachAttributeMapping(part -> {
                if (!(part instanceof BasicValuedModelPart basic)) {
                    throw new IllegalArgumentException(entity.getName() + "." + name + "." + part.getAttributeName()
                            + ": only basic values in an embedded value are read as JSON");
                }
                inner.add(pair(entity, alias, part));
                nulls.add(alias + "." + basic.getSelectionExpression() + " is null");
            });
            // as Hibernate: an embedded value whose columns are all null is null
            return key(name) + ", case when " + String.join(" and ", nulls) + " then null else " + objectOf(inner) + " end";
        }
        throw new IllegalArgumentException(entity.getName() + "." + name + ": an association is not read as JSON");
    }

    private static String column(Class<?> entity, String alias, String name, BasicValuedModelPart basic) {
        Class<?> type = basic.getJavaType().getJavaTypeClass();
        if (basic.isFormula() || type == byte[].class
                || (basic.getJdbcMapping().getValueConverter() != null && !type.isEnum())) {
            throw new IllegalArgumentException(entity.getName() + "." + name
                    + ": a formula, binary data or a converted value is not read as JSON as Hibernate reads it");
        }
        return alias + "." + basic.getSelectionExpression();
    }

    private static String key(String name) {
        return "'" + name + "'";
    }

    /**
     * SQL: a {@code json} object of these pairs (each {@code 'key', value}). {@code json}, not {@code jsonb}: it is
     * only written out, and PostgreSQL builds it with less work. Past PostgreSQL's limit of 100 arguments per function
     * the pieces are joined as {@code jsonb}, the type that has {@code ||}.
     */
    public static String objectOf(List<String> pairs) {
        if (pairs.size() <= PAIRS_PER_CALL) {
            return "json_build_object(" + String.join(", ", pairs) + ")";
        }
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += PAIRS_PER_CALL) {
            calls.add("jsonb_build_object(" + String.join(", ", pairs.subList(i, Math.min(pairs.size(), i + PAIRS_PER_CALL)))
                    + ")");
        }
        return "(" + String.join(" || ", calls) + ")::json";
    }
}
