package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One table of a whole-export import: its file, how far it got, and its result. */
@Entity
@Table(name = "export_import_table")
@IdClass(ExportImportTable.Key.class)
public class ExportImportTable extends PanacheEntityBase {

    /** The key: the import and the table. */
    public static class Key implements Serializable {
        public UUID importId;
        public String table;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(importId, k.importId) && Objects.equals(table, k.table);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, table);
        }
    }

    @Id
    @Column(name = "import_id")
    public UUID importId;

    /** Coursera's table name, e.g. {@code course_progress}. */
    @Id
    @Column(name = "table_name", length = 40)
    public String table;

    /** Where the table stands in the import order (lookups first). */
    @Column(nullable = false)
    public int position;

    /** The file's path in the upload, e.g. {@code export/course_progress.csv}. */
    @Column(name = "file_name", nullable = false, length = 500)
    public String file;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TableImportStatus status;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    @Column(name = "rows_changed")
    public Long rowsChanged;

    @Column(name = "bytes_read", nullable = false)
    public long bytesRead;

    @Column(name = "bytes_total", nullable = false)
    public long bytesTotal;

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

    public static ExportImportTable pending(UUID importId, int position, String table, String file, long bytesTotal) {
        ExportImportTable t = new ExportImportTable();
        t.importId = importId;
        t.position = position;
        t.table = table;
        t.file = file;
        t.status = TableImportStatus.PENDING;
        t.bytesTotal = bytesTotal;
        return t;
    }
}
