package dk.mooc.platform.web;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.panache.hibernate.common.runtime.PanacheJpaUtil;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;

/**
 * A list's query kept as its parts (the entity, the condition on its visible rows, their parameters and the list's
 * order), so that {@link PageResponse#of(ListQuery, int, int)} can read one page and count the matches only as far as
 * pagination needs: a count over every visible row grows with the programme, a count that stops does not.
 *
 * @param entity the entity listed
 * @param where  the condition in HQL on the entity's attributes (unqualified, as in Panache's short form); blank: all rows
 * @param params the condition's named parameters (a collection for {@code in} is written out by {@link InList})
 * @param sort   the list's order; it should end with a unique attribute, so that pages do not overlap
 */
public record ListQuery<T>(Class<T> entity, String where, Map<String, Object> params, Sort sort) {

    public ListQuery {
        params = Map.copyOf(params);
    }

    /** Every row of the entity, in this order. */
    public static <T> ListQuery<T> all(Class<T> entity, Sort sort) {
        return new ListQuery<>(entity, "", Map.of(), sort);
    }

    /** The rows that meet the condition, in this order. */
    public static <T> ListQuery<T> where(Class<T> entity, String where, Parameters params, Sort sort) {
        return new ListQuery<>(entity, where, params.map(), sort);
    }

    /** The rows from {@code first}, at most {@code max} of them, in the list's order. */
    public List<T> rows(int first, int max) {
        return query().setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Every matching row, in the list's order: for lists that are short by nature (e.g. the open review cases). */
    public List<T> list() {
        return query().getResultList();
    }

    private TypedQuery<T> query() {
        InList q = InList.of("from " + entityName() + condition() + orderBy(), params);
        return q.bind(entityManager().createQuery(q.hql(), entity));
    }

    /**
     * How many rows match, counting no further than {@code limit + 1}: PostgreSQL stops reading at the limit, in
     * whichever order is cheapest, and the caller learns either the exact count ({@code <= limit}) or that there are
     * more.
     */
    public long countUpTo(long limit) {
        // HQL wants an order for a limit in a subquery; an order by a constant is none (PostgreSQL drops it). The
        // limit is a parameter, so that every page of a list shares one query plan in Hibernate's cache.
        InList count = InList.of("select count(*) from (select 1 as one from " + entityName() + condition()
                + " order by 1 limit :countLimit)", params);
        return count.bind(entityManager().createQuery(count.hql(), Long.class))
                .setParameter("countLimit", (int) Math.min(Integer.MAX_VALUE, limit + 1))
                .getSingleResult();
    }

    private EntityManager entityManager() {
        return Panache.getEntityManager(entity);
    }

    /** The entity's name in HQL, as Panache names it. */
    private String entityName() {
        return PanacheJpaUtil.getEntityName(entity);
    }

    private String condition() {
        return where == null || where.isBlank() ? "" : " where " + where;
    }

    /** The order as Panache's own queries write it, so that a list keeps the order its PanacheQuery had. */
    private String orderBy() {
        return sort == null ? "" : PanacheJpaUtil.toOrderBy(sort);
    }
}
