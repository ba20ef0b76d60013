package dk.mooc.analytics.repository;

import dk.mooc.analytics.ExportImport;
import dk.mooc.analytics.ExportImportTable;
import dk.mooc.analytics.ImportSource;
import dk.mooc.analytics.ImportStatus;
import dk.mooc.analytics.imports.ExportTable;
import dk.mooc.platform.web.InList;
import dk.mooc.platform.web.ListQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import dk.mooc.platform.web.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The import records and the row counts of a course's stored export tables. */
@ApplicationScoped
public class ExportRepository implements PanacheRepositoryBase<ExportImport, UUID> {

    public ListQuery<ExportImport> imports(UUID moocId) {
        return ListQuery.where(ExportImport.class, "moocId = :moocId", Parameters.with("moocId", moocId),
                Sort.by("startedAt", Sort.Direction.Descending).and("id"));
    }

    /** Rows of the course in the table's stored form. */
    public long rows(UUID moocId, ExportTable table) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from " + table.storedIn()
                + " where mooc_id = ?1").setParameter(1, moocId).getSingleResult()).longValue();
    }

    /**
     * Imports of the course still RUNNING that started before {@code cutoff} were cut off (e.g. the service stopped
     * mid-import; their transaction rolled back): says so on their records.
     */
    public void failStale(UUID moocId, OffsetDateTime cutoff) {
        update("status = ?1, problem = ?2, finishedAt = ?3, problemCode = ?7 where moocId = ?4 and status = ?5"
                        + " and startedAt < ?6", ImportStatus.FAILED, "Interrupted before it finished; nothing of it was kept",
                Timestamps.now(), moocId, ImportStatus.RUNNING, cutoff, dk.mooc.analytics.ImportProblem.IMPORT_INTERRUPTED);
    }

    /** Whether a whole-export import of the course is running (it takes each table's lock in turn). */
    public boolean wholeExportRunning(UUID moocId) {
        return count("moocId = ?1 and status = ?2 and source <> ?3", moocId, ImportStatus.RUNNING, ImportSource.TABLE) > 0;
    }

    /** The table entries of these imports, in import order, by import. */
    public Map<UUID, List<ExportImportTable>> tablesOf(Collection<UUID> importIds) {
        if (importIds.isEmpty()) {
            return Map.of();
        }
        return InList.of("from ExportImportTable where importId in :ids order by position", Map.of("ids", importIds))
                .list(ExportImportTable.class).stream()
                .collect(Collectors.groupingBy(t -> t.importId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Takes the transaction-scoped lock of one table of one course; false when another import holds it. */
    public boolean tryLock(UUID moocId, ExportTable table) {
        return (Boolean) getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "export-import:" + moocId + ":" + table.tableName()).getSingleResult();
    }
}
