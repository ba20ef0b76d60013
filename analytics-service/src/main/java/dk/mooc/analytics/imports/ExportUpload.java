package dk.mooc.analytics.imports;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A course's whole Coursera export as uploaded: the zip archive Coursera delivers, or its folder of CSV files. Finds
 * the tables the platform uses by their file names (in any sub-folder, as Coursera nests them), lists the other files
 * as ignored, and opens each table in the order it is imported (the lookup tables first: grades and progress are
 * checked against them). Reads nothing into memory: the archive is read entry by entry from its file on disk.
 */
public final class ExportUpload implements Closeable {

    /** The order tables are imported in. */
    public static final List<ExportTable> IMPORT_ORDER = List.of(ExportTable.PASSING_STATE_LOOKUP,
            ExportTable.PROGRESS_STATE_LOOKUP, ExportTable.USERS, ExportTable.MEMBERSHIPS, ExportTable.PROGRESS,
            ExportTable.GRADES, ExportTable.RATINGS);

    /** More entries than any course export has: an archive beyond it is refused before it is read. */
    static final int MAX_ENTRIES = 10_000;

    /** An upload that cannot be imported as a whole (not a zip, no table the platform uses, a table twice). */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** One table of the upload: where it is and how big it is when expanded. */
    public record TableFile(ExportTable table, String file, long bytes, Opener opener) {
        public InputStream open() throws IOException {
            return opener.open();
        }
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final List<TableFile> tables;
    private final List<String> ignored;
    private final Closeable resource;

    private ExportUpload(List<TableFile> tables, List<String> ignored, Closeable resource) {
        this.tables = tables;
        this.ignored = ignored;
        this.resource = resource;
    }

    /** The zip archive at {@code archive}; at most {@code maxExpandedBytes} bytes of tables once expanded. */
    public static ExportUpload zip(Path archive, long maxExpandedBytes) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile());
        } catch (ZipException e) {
            throw new Refused("The upload is not a zip archive (" + e.getMessage() + "); upload the zip file Coursera "
                    + "delivers as it is, or the folder of its CSV files");
        }
        try {
            if (zip.size() > MAX_ENTRIES) {
                throw new Refused("The archive has " + zip.size() + " entries; a Coursera export has far fewer than "
                        + MAX_ENTRIES);
            }
            Map<ExportTable, TableFile> found = new HashMap<>();
            List<String> ignored = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                Optional<ExportTable> table = tableOf(e.getName());
                if (table.isEmpty()) {
                    ignored.add(e.getName());
                    continue;
                }
                // the central directory's size: ZipFile refuses an entry that expands beyond it
                long size = Math.max(0, e.getSize());
                add(found, new TableFile(table.get(), e.getName(), size, () -> zip.getInputStream(e)));
            }
            return checked(found, ignored, maxExpandedBytes, zip);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The files of a folder: each file's path inside the folder (as the browser names it) and where it is now. */
    public static ExportUpload folder(List<Map.Entry<String, Path>> files, long maxExpandedBytes) throws IOException {
        Map<ExportTable, TableFile> found = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<String, Path> f : files) {
            Optional<ExportTable> table = tableOf(f.getKey());
            if (table.isEmpty()) {
                ignored.add(f.getKey());
                continue;
            }
            Path path = f.getValue();
            add(found, new TableFile(table.get(), f.getKey(), Files.size(path), () -> Files.newInputStream(path)));
        }
        return checked(found, ignored, maxExpandedBytes, () -> { });
    }

    /** The table a file holds, by its name: {@code <table>.csv} in any folder; hidden and macOS resource files are not. */
    static Optional<ExportTable> tableOf(String path) {
        String p = path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (p.startsWith("__MACOSX/") || p.contains("/__MACOSX/") || name.startsWith(".")
                || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return Optional.empty();
        }
        return ExportTable.byName(name.substring(0, name.length() - 4).toLowerCase(Locale.ROOT));
    }

    private static void add(Map<ExportTable, TableFile> found, TableFile f) {
        TableFile before = found.putIfAbsent(f.table(), f);
        if (before != null) {
            throw new Refused("The upload holds " + f.table().tableName() + " twice (" + before.file() + " and " + f.file()
                    + "); upload one course's export at a time");
        }
    }

    private static ExportUpload checked(Map<ExportTable, TableFile> found, List<String> ignored, long maxExpandedBytes,
                                        Closeable resource) {
        if (found.isEmpty()) {
            throw new Refused("The upload holds none of the tables the platform imports ("
                    + String.join(", ", ExportTable.names()) + ", each as <table>.csv)"
                    + (ignored.isEmpty() ? "; it is empty" : "; it holds " + preview(ignored)));
        }
        long expanded = found.values().stream().mapToLong(TableFile::bytes).sum();
        if (expanded > maxExpandedBytes) {
            throw new Refused("The tables hold " + expanded + " bytes once expanded; at most " + maxExpandedBytes
                    + " bytes are imported in one upload");
        }
        List<TableFile> ordered = found.values().stream()
                .sorted(Comparator.comparingInt(t -> IMPORT_ORDER.indexOf(t.table()))).toList();
        ignored.sort(Comparator.naturalOrder());
        return new ExportUpload(ordered, List.copyOf(ignored), resource);
    }

    private static String preview(List<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        return String.join(", ", sorted.subList(0, Math.min(10, sorted.size())))
                + (sorted.size() > 10 ? " and " + (sorted.size() - 10) + " more" : "");
    }

    /** The tables, in import order. */
    public List<TableFile> tables() {
        return tables;
    }

    /** The files that are not tables the platform uses, sorted. */
    public List<String> ignored() {
        return ignored;
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }

    /** Counts the bytes read through it, for an import's progress. */
    public static final class Counting extends FilterInputStream {
        private volatile long count;

        public Counting(InputStream in) {
            super(in);
        }

        public long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
