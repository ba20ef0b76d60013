package dk.mooc.analytics.service;

import dk.mooc.analytics.CatalogueSync;
import dk.mooc.analytics.ProposalText;
import dk.mooc.analytics.SimilarCourse;
import dk.mooc.analytics.SimilaritySnapshot;
import dk.mooc.analytics.config.CatalogueConfig;
import dk.mooc.analytics.repository.CatalogueRepository;
import dk.mooc.analytics.repository.SimilaritySnapshotRepository;
import dk.mooc.platform.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * How unique a proposal is "in a Coursera context": the catalogue courses most like it, ranked in PostgreSQL (full
 * text and trigrams, docs/catalogue.md), and the snapshot frozen for each submitted version.
 */
@ApplicationScoped
public class SimilarityService {

    private static final Logger LOG = Logger.getLogger(SimilarityService.class);

    @Inject
    CatalogueRepository catalogue;

    @Inject
    SimilaritySnapshotRepository snapshots;

    @Inject
    CatalogueConfig config;

    /** The catalogue courses most like the proposal's text, best first; none for a text without words. */
    @Transactional
    public List<SimilarCourse> similar(ProposalText text, Integer limit) {
        if (text.hasNoWords()) {
            return List.of();
        }
        int n = limit == null ? config.similar().limit() : limit;
        return catalogue.similar(text, n, config.similar().minScore(), config.similar().commonShare());
    }

    /**
     * Freezes the similar courses of a submitted version, in the caller's transaction (the inbox's): once per MOOC,
     * version and text, so a redelivered or repeated event adds nothing. Returns whether a snapshot was stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean freeze(UUID moocId, int proposalVersion, ProposalText text, String instructorId, String department,
                          OffsetDateTime submittedAt, String eventId, String eventType) {
        List<SimilarCourse> matches = text.hasNoWords() ? List.of()
                : catalogue.similar(text, config.similar().limit(), config.similar().minScore(),
                config.similar().commonShare());
        CatalogueSync sync = catalogue.lastSucceeded().orElse(null);
        SimilaritySnapshot s = new SimilaritySnapshot(UUID.randomUUID(), moocId, proposalVersion, text.contentHash(),
                instructorId, department, submittedAt, Timestamps.now(), sync == null ? null : sync.id,
                sync == null ? null : sync.finishedAt, (int) catalogue.courseCount(), text, matches);
        boolean stored = snapshots.insert(s, eventId, eventType);
        if (stored) {
            LOG.infof("Similarity snapshot of MOOC %s version %d: %d similar course(s) in a catalogue of %d", moocId,
                    proposalVersion, matches.size(), s.catalogueCourses());
        }
        return stored;
    }

    /** The MOOC's snapshots the caller may see, newest first. */
    @Transactional
    public List<SimilaritySnapshot> snapshots(UUID moocId, AnalyticsAccess access) {
        return snapshots.ofMooc(moocId).stream()
                .filter(s -> access.canReadProposal(s.instructorId(), s.department())).toList();
    }
}
