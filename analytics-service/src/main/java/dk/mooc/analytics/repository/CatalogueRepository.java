package dk.mooc.analytics.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.analytics.CatalogueCourse;
import dk.mooc.analytics.CatalogueSync;
import dk.mooc.analytics.CatalogueSyncOutcome;
import dk.mooc.analytics.ProposalText;
import dk.mooc.analytics.SimilarCourse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue's courses, their word statistics, its syncs, and the similarity query (docs/catalogue.md). */
@ApplicationScoped
public class CatalogueRepository {

    private static final TypeReference<List<SimilarCourse>> SIMILAR = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /**
     * Inserts or refreshes courses by their Coursera id, in one statement: the batch goes in as one JSON document that
     * PostgreSQL unpacks, which is far faster than a statement per course. Returns how many rows were written.
     */
    public int upsert(List<CatalogueCourse> courses, OffsetDateTime fetchedAt) {
        if (courses.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>(courses.size());
        for (CatalogueCourse c : courses) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("coursera_id", c.courseraId());
            r.put("slug", c.slug());
            r.put("name", c.name());
            r.put("description", c.description());
            r.put("partner_ids", c.partners().stream().map(CatalogueCourse.Partner::id).toList());
            r.put("partner_names", c.partners().stream().map(CatalogueCourse.Partner::name).toList());
            r.put("languages", c.languages());
            r.put("domain_types", c.domainTypes());
            r.put("own_university", c.ownUniversity());
            rows.add(r);
        }
        return em.createNativeQuery("""
                        insert into catalogue_course (coursera_id, slug, name, description, partner_ids, partner_names,
                                                      languages, domain_types, own_university, fetched_at)
                        select distinct on (x.coursera_id) x.coursera_id, x.slug, x.name, coalesce(x.description, ''),
                               x.partner_ids, x.partner_names, x.languages, x.domain_types, x.own_university, ?2
                        from jsonb_to_recordset(cast(?1 as jsonb)) as x(coursera_id text, slug text, name text,
                             description text, partner_ids text[], partner_names text[], languages text[],
                             domain_types text[], own_university boolean)
                        on conflict (coursera_id) do update set slug = excluded.slug, name = excluded.name,
                            description = excluded.description, partner_ids = excluded.partner_ids,
                            partner_names = excluded.partner_names, languages = excluded.languages,
                            domain_types = excluded.domain_types, own_university = excluded.own_university,
                            fetched_at = excluded.fetched_at""")
                .setParameter(1, json(rows)).setParameter(2, fetchedAt).executeUpdate();
    }

    /** Removes the courses a complete sync from the API did not see (Coursera no longer lists them). */
    public int removeNotFetchedSince(OffsetDateTime since) {
        return em.createNativeQuery("delete from catalogue_course where fetched_at < ?1").setParameter(1, since)
                .executeUpdate();
    }

    /** Recounts how many courses use each word, after the catalogue changed. */
    public void recountTerms() {
        em.createNativeQuery("delete from catalogue_term").executeUpdate();
        em.createNativeQuery("insert into catalogue_term (lexeme, courses)"
                + " select word, ndoc from ts_stat('select search from catalogue_course')").executeUpdate();
    }

    public long courseCount() {
        return ((Number) em.createNativeQuery("select count(*) from catalogue_course").getSingleResult()).longValue();
    }

    public Optional<CatalogueSync> lastSucceeded() {
        return CatalogueSync.<CatalogueSync>find("outcome = ?1 order by finishedAt desc", CatalogueSyncOutcome.SUCCEEDED)
                .firstResultOptional();
    }

    public Optional<CatalogueSync> lastStarted() {
        return CatalogueSync.<CatalogueSync>find("order by startedAt desc").firstResultOptional();
    }

    /**
     * The catalogue courses most like the proposal, best first. The proposal's words are reduced to English lexemes
     * (stemmed, stop words dropped), leaving out words that most catalogue courses use; a course is a candidate when
     * it contains one of them, or when its name resembles the title or topic by trigrams (pg_trgm's {@code %} and
     * {@code <%}, which the GIN indexes serve), or its description contains a word much like the topic. Its score:
     * <pre>
     *   0.45 · rank(title and topic words) + 0.15 · rank(all words)      full text, ts_rank normalised to 0..1
     * + 0.30 · name similarity (trigrams, to the title or the topic)      0..1
     * + 0.10 · description word similarity to the topic (trigrams)       0..1
     * </pre>
     * Courses below {@code minScore} are not listed.
     * <p>
     * Each way of being a candidate is a query of its own ({@code ids}), which its GIN index can serve, where one
     * condition OR-ing all of them made PostgreSQL test every one on every course; and each part of the score is
     * computed once per candidate ({@code candidates} is materialised), where the planner had computed it again to
     * filter and to sort. And the query is planned without sequential scans: PostgreSQL prices pg_trgm's operators
     * like {@code =}, so on a small catalogue it read every course and built the trigrams of every name and
     * description instead of asking the GIN indexes. The same courses and scores, in 3.8 instead of 12.5 ms on the
     * demo's 240 courses and 0.6 of the time on a synthetic 10,080 (docs/performance.md, "Event propagation").
     */
    @Transactional   // the planner setting below is local to a transaction: the caller's, or one of its own
    public List<SimilarCourse> similar(ProposalText p, int limit, double minScore, double commonShare) {
        em.createNativeQuery("select set_config('enable_seqscan', 'off', true)").getSingleResult();
        String json = (String) em.createNativeQuery("""
                        with params as (
                            select cast(?1 as text) as p_title, cast(?2 as text) as p_topic, cast(?3 as text) as p_focus,
                                   cast(?4 as text) as p_context,
                                   greatest(50, ceil(?5 * (select count(*) from catalogue_course))) as common
                        ), words as (
                            select w.word, l.lexeme, w.focus
                            from (select word, true as focus
                                  from params, regexp_split_to_table(lower(params.p_focus), '\\W+') word
                                  union all
                                  select word, false
                                  from params, regexp_split_to_table(lower(params.p_context), '\\W+') word) w
                            cross join lateral unnest(tsvector_to_array(to_tsvector('english', w.word))) l(lexeme)
                            where w.word <> ''
                        ), terms as (
                            select words.lexeme, bool_or(words.focus) as focus, min(words.word) as word
                            from words, params
                            where not exists (select 1 from catalogue_term t
                                              where t.lexeme = words.lexeme and t.courses > params.common)
                            group by words.lexeme
                        ), q as (
                            select cast(coalesce((select string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''')
                                                   || '''', ' | ') from terms where focus), '') as tsquery) as focus_q,
                                   cast(coalesce((select string_agg('''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''')
                                                   || '''', ' | ') from terms), '') as tsquery) as all_q
                        ), ids as (
                            select c.coursera_id from catalogue_course c, q where c.search @@ q.all_q
                            union
                            select c.coursera_id from catalogue_course c, params p
                            where p.p_title <> '' and (c.name % p.p_title or p.p_title <% c.name)
                            union
                            select c.coursera_id from catalogue_course c, params p
                            where p.p_topic <> '' and (c.name % p.p_topic or p.p_topic <% c.name
                                                      or p.p_topic <% c.description)
                        ), candidates as materialized (
                            select c.*,
                                   ts_rank(c.search, q.focus_q, 32) as focus_rank,
                                   ts_rank(c.search, q.all_q, 32) as all_rank,
                                   case when p.p_title = '' then 0 else greatest(similarity(c.name, p.p_title),
                                        word_similarity(p.p_title, c.name)) end as title_sim,
                                   case when p.p_topic = '' then 0 else greatest(similarity(c.name, p.p_topic),
                                        word_similarity(p.p_topic, c.name)) end as topic_sim,
                                   case when p.p_topic = '' then 0 else word_similarity(p.p_topic, c.description) end
                                       as desc_sim
                            from catalogue_course c join ids on ids.coursera_id = c.coursera_id, q, params p
                        ), scored as (
                            select c.*, greatest(c.title_sim, c.topic_sim) as name_sim,
                                   round(cast(0.45 * c.focus_rank + 0.15 * c.all_rank
                                              + 0.30 * greatest(c.title_sim, c.topic_sim) + 0.10 * c.desc_sim as numeric), 4)
                                       as score
                            from candidates c
                        ), top as (
                            select * from scored where score >= ?6 order by score desc, name, coursera_id limit ?7
                        )
                        select cast(coalesce(json_agg(json_build_object(
                                   'courseraId', t.coursera_id, 'slug', t.slug, 'name', t.name,
                                   'partners', t.partner_names, 'languages', t.languages, 'domainTypes', t.domain_types,
                                   'ownUniversity', t.own_university,
                                   'matchedTerms', array(select terms.word from terms
                                                         where terms.lexeme = any(tsvector_to_array(t.search))
                                                         order by terms.focus desc, terms.word),
                                   'textRank', round(cast(t.all_rank as numeric), 4),
                                   'nameSimilarity', round(cast(t.name_sim as numeric), 4),
                                   'nameResembles', case when t.name_sim < 0.3 then null
                                                         when t.topic_sim > t.title_sim then 'TOPIC' else 'TITLE' end,
                                   'score', t.score) order by t.score desc, t.name, t.coursera_id), '[]') as text)
                        from top t""")
                .setParameter(1, p.title()).setParameter(2, p.topic()).setParameter(3, p.focus())
                .setParameter(4, p.context()).setParameter(5, commonShare).setParameter(6, minScore)
                .setParameter(7, limit)
                .getSingleResult();
        // the rest of the caller's transaction is planned as usual
        em.createNativeQuery("select set_config('enable_seqscan', 'on', true)").getSingleResult();
        try {
            return mapper.readValue(json, SIMILAR);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the similarity result", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the catalogue batch", e);
        }
    }
}
