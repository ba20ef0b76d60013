package dk.mooc.analytics.repository;

import dk.mooc.analytics.ExportImport;
import dk.mooc.analytics.imports.ExportTable;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The import records and the row counts of a course's stored export tables. */
@ApplicationScoped
public class ExportRepository implements PanacheRepositoryBase<ExportImport, UUID> {

    public PanacheQuery<ExportImport> imports(UUID moocId) {
        return find("moocId", Sort.by("startedAt", Sort.Direction.Descending).and("id"), moocId);
    }

    /** Rows of the course in the table's stored form. */
    public long rows(UUID moocId, ExportTable table) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from " + table.storedIn()
                + " where mooc_id = ?1").setParameter(1, moocId).getSingleResult()).longValue();
    }

    /** Takes the transaction-scoped lock of one table of one course; false when another import holds it. */
    public boolean tryLock(UUID moocId, ExportTable table) {
        return (Boolean) getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "export-import:" + moocId + ":" + table.tableName()).getSingleResult();
    }
}
