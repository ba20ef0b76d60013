package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One import of a Coursera export, one table ({@link ImportSource#TABLE}) or the whole export (ZIP, FOLDER, with one
 * {@link ExportImportTable} per table): who, when, how far it got, and the result. Written in its own short
 * transactions, next to the import's, so that progress shows while the import runs and a rejected file leaves its
 * reason behind.
 */
@Entity
@Table(name = "export_import")
public class ExportImport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "mooc_id", nullable = false)
    public UUID moocId;

    /** Coursera's table name, e.g. {@code course_progress}; null for a whole export. */
    @Column(name = "table_name", length = 40)
    public String table;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ImportSource source = ImportSource.TABLE;

    /** The upload's files that are not tables the platform uses, one per line (whole exports only). */
    @Column(name = "ignored_files")
    public String ignoredFiles;

    /** A whole export that replaced the course's learner data instead of merging into it. */
    @Column(name = "replaces_data", nullable = false)
    public boolean replacesData;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ImportStatus status;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    /** Rows inserted or changed in the stored table (0 when the same export is imported again). */
    @Column(name = "rows_changed")
    public Long rowsChanged;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    public String importedBy;

    /** The problem in English, for operators reading the database; the API sends problemCode and problemParams. */
    @Column(length = 2000)
    public String problem;

    /** Why the import was refused or failed, as a code the reader's language words; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "problem_code", length = 40)
    public ImportProblem problemCode;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "problem_params", columnDefinition = "jsonb")
    public java.util.Map<String, String> problemParams;

    @Column(name = "problem_line")
    public Long problemLine;

    @Column(name = "problem_column", length = 100)
    public String problemColumn;

    @Version
    @Column(nullable = false)
    public long version;

    public void complete(long rowsRead, long rowsChanged, OffsetDateTime at) {
        this.status = ImportStatus.COMPLETED;
        this.rowsRead = rowsRead;
        this.rowsChanged = rowsChanged;
        this.finishedAt = at;
    }

    public void reject(long line, String column, ImportProblem code, java.util.Map<String, String> params, String problem,
                       OffsetDateTime at) {
        this.status = ImportStatus.REJECTED;
        this.problemCode = code;
        this.problemParams = params;
        this.problemLine = line;
        this.problemColumn = column;
        this.problem = problem.length() > 2000 ? problem.substring(0, 2000) : problem;
        this.finishedAt = at;
    }

    public void fail(ImportProblem code, java.util.Map<String, String> params, String problem, OffsetDateTime at) {
        this.status = ImportStatus.FAILED;
        this.problemCode = code;
        this.problemParams = params;
        this.problem = problem == null ? null : problem.length() > 2000 ? problem.substring(0, 2000) : problem;
        this.finishedAt = at;
    }
}
