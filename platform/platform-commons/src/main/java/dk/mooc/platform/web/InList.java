package dk.mooc.platform.web;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HQL query whose {@code in :keys} lists keep Hibernate's query plan. Hibernate never caches the plan of a query
 * bound to a collection (a "multi-valued" parameter): it translates the query to SQL again on every call, which was a
 * third to two fifths of such a read's CPU in the services' profiles (docs/performance.md, "Reads by a list of keys").
 * Here every collection parameter {@code :keys} becomes {@code (:keys_0, …, :keys_n)}, one single-valued parameter per
 * key, their number rounded up to a power of two (at least two) and the last key repeated: a query has a handful of
 * shapes (2, 4, 8, … keys), each translated once and then served from the plan cache.
 *
 * <p>Only for {@code in}: an empty collection binds nulls, which {@code in} matches with nothing but {@code not in}
 * would not (a caller with possibly empty keys for {@code not in} must not use this).
 *
 * @param hql    the query with each collection parameter written out
 * @param params the parameters to bind, collections replaced by their single values
 */
public record InList(String hql, Map<String, Object> params) {

    private static final Pattern NAMED = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

    public InList {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The query with every collection among {@code params} written out, as the class describes. */
    public static InList of(String hql, Map<String, ?> params) {
        Map<String, Object> bound = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value instanceof Collection<?> keys) {
                List<Object> values = new ArrayList<>(keys);
                int slots = slots(values.size());
                List<String> names = new ArrayList<>(slots);
                for (int i = 0; i < slots; i++) {
                    String slot = name + "_" + i;
                    names.add(":" + slot);
                    bound.put(slot, values.isEmpty() ? null : values.get(Math.min(i, values.size() - 1)));
                }
                written.put(name, "(" + String.join(", ", names) + ")");
            } else {
                bound.put(name, value);
            }
        });
        if (written.isEmpty()) {
            return new InList(hql, bound);
        }
        Matcher m = NAMED.matcher(hql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = written.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
        }
        m.appendTail(out);
        return new InList(out.toString(), bound);
    }

    /**
     * The single-valued parameters for {@code keys} keys: the next power of two, at least two. One parameter alone in
     * parentheses, {@code in (:keys_0)}, is taken by Hibernate for a list that may be bound to a collection, and its
     * plan is not cached either; a read of one thing by its key is the commonest of all (a GET by id).
     */
    static int slots(int keys) {
        return keys <= 2 ? 2 : Integer.highestOneBit(keys - 1) << 1;
    }

    /** The query on the current persistence context, its parameters bound. */
    public <T> TypedQuery<T> query(Class<T> resultType) {
        return bind(Panache.getEntityManager().createQuery(hql, resultType));
    }

    /** Binds the parameters to a query created from {@link #hql()}. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** {@code query(resultType).getResultList()}. */
    public <T> List<T> list(Class<T> resultType) {
        return query(resultType).getResultList();
    }
}
