package dk.mooc.analytics.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mooc.analytics.SimilaritySnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** Frozen similarity snapshots, one per MOOC, proposal version and compared text. */
@ApplicationScoped
public class SimilaritySnapshotRepository {

    private static final TypeReference<List<SimilaritySnapshot>> SNAPSHOTS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Stores the snapshot unless one for the same MOOC, version and text exists; true when it was stored. */
    public boolean insert(SimilaritySnapshot s, String eventId, String eventType) {
        return em.createNativeQuery("""
                        insert into similarity_snapshot (id, mooc_id, proposal_version, content_hash, instructor_id,
                            department, event_id, event_type, submitted_at, computed_at, catalogue_sync_id,
                            catalogue_courses, proposal, matches)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, cast(?13 as jsonb), cast(?14 as jsonb))
                        on conflict (mooc_id, proposal_version, content_hash) do nothing""")
                .setParameter(1, s.id()).setParameter(2, s.moocId()).setParameter(3, s.proposalVersion())
                .setParameter(4, s.contentHash()).setParameter(5, s.instructorId()).setParameter(6, s.department())
                .setParameter(7, eventId).setParameter(8, eventType).setParameter(9, s.submittedAt())
                .setParameter(10, s.computedAt()).setParameter(11, s.catalogueSyncId())
                .setParameter(12, s.catalogueCourses()).setParameter(13, json(s.proposal()))
                .setParameter(14, json(s.matches()))
                .executeUpdate() == 1;
    }

    /** The MOOC's snapshots, newest first. */
    public List<SimilaritySnapshot> ofMooc(UUID moocId) {
        String json = (String) em.createNativeQuery("""
                        select cast(coalesce(json_agg(json_build_object(
                                   'id', s.id, 'moocId', s.mooc_id, 'proposalVersion', s.proposal_version,
                                   'contentHash', s.content_hash, 'instructorId', s.instructor_id,
                                   'department', s.department, 'submittedAt', s.submitted_at,
                                   'computedAt', s.computed_at, 'catalogueSyncId', s.catalogue_sync_id,
                                   'catalogueSyncedAt', y.finished_at, 'catalogueCourses', s.catalogue_courses,
                                   'proposal', s.proposal, 'matches', s.matches)
                                   order by s.computed_at desc, s.proposal_version desc), '[]') as text)
                        from similarity_snapshot s left join catalogue_sync y on y.id = s.catalogue_sync_id
                        where s.mooc_id = ?1""")
                .setParameter(1, moocId).getSingleResult();
        try {
            return mapper.readValue(json, SNAPSHOTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the similarity snapshots", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the similarity snapshot", e);
        }
    }
}
