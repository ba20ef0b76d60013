package dk.mooc.proposal.service;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.proposal.AttachmentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks that an attachment is, as a whole, the kind of file its media type says, beyond its first bytes: a PDF must
 * parse, and an Office document (a zip) must be a complete zip with an Office part list that does not unpack to
 * something huge (a zip bomb). Each refusal is a 400 naming the field {@code file}. The limits are configuration
 * (docs/proposals.md, "Attachments").
 */
@ApplicationScoped
public class AttachmentStructure {

    /** Parts smaller than this are not held to the compression ratio: tiny XML parts of blanks compress very well. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final int NO_DIRECTORY = -1;
    private static final int ZIP64 = -2;

    @Inject
    @ConfigProperty(name = "mooc.proposal.attachments.zip.max-entries", defaultValue = "1000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "mooc.proposal.attachments.zip.max-expanded-bytes", defaultValue = "52428800")
    long maxExpandedBytes;

    @Inject
    @ConfigProperty(name = "mooc.proposal.attachments.zip.max-ratio", defaultValue = "100")
    long maxRatio;

    @Inject
    @ConfigProperty(name = "mooc.proposal.attachments.pdf.max-memory-bytes", defaultValue = "67108864")
    long pdfMaxMemoryBytes;

    /** Refuses (400, field {@code file}) a file whose structure does not hold up; other types pass unchanged. */
    public void check(AttachmentType type, byte[] content) {
        switch (type) {
            case PDF -> checkPdf(content);
            case DOCX, XLSX, PPTX -> checkOfficeZip(type, content);
            default -> {
                // images and text: their first bytes (and, for text, valid UTF-8) are checked by AttachmentType
            }
        }
    }

    private void checkPdf(byte[] content) {
        String problem;
        try (PDDocument doc = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(pdfMaxMemoryBytes).streamCache)) {
            problem = pagesProblem(doc);
        } catch (InvalidPasswordException e) {
            problem = "the PDF needs a password to open; the committee must be able to read it, so attach it without one";
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damage as IOException, and now and then as an unchecked exception on hostile input
            problem = "is not a readable PDF (" + reason(e) + ")";
        }
        if (problem != null) {
            throw ProblemException.invalid("file", problem);
        }
    }

    /** Walks the page tree, so that a PDF whose pages cannot be found is refused, not just one without a header. */
    private static String pagesProblem(PDDocument doc) {
        int declared = doc.getNumberOfPages();
        if (declared < 1) {
            return "is a PDF without pages";
        }
        int found = 0;
        for (PDPage page : doc.getPages()) {
            page.getMediaBox();
            found++;
        }
        return found == declared ? null : "is not a readable PDF (its page tree is damaged)";
    }

    private void checkOfficeZip(AttachmentType type, byte[] content) {
        String kind = type.name();
        int listed = centralDirectoryEntries(content);
        if (listed == NO_DIRECTORY) {
            throw ProblemException.invalid("file", "is not a readable " + kind + " file: the zip is truncated or damaged "
                    + "(its central directory is missing)");
        }
        int entries = 0;
        long expanded = 0;
        boolean contentTypes = false;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entries > maxEntries) {
                    throw ProblemException.invalid("file", "the " + kind + " file has more than " + maxEntries
                            + " parts (zip entries); an Office document has far fewer");
                }
                contentTypes |= CONTENT_TYPES.equals(entry.getName());
                long entrySize = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    entrySize += n;
                    expanded += n;
                    if (expanded > maxExpandedBytes) {
                        throw ProblemException.invalid("file", "the " + kind + " file unpacks to more than "
                                + maxExpandedBytes + " bytes; it may be a zip bomb");
                    }
                }
                // known once the entry is read (also with a data descriptor)
                long compressed = Math.max(1, entry.getCompressedSize());
                if (entrySize > RATIO_GRACE_BYTES && entrySize / compressed > maxRatio) {
                    throw ProblemException.invalid("file", "the part " + printable(entry.getName()) + " of the " + kind
                            + " file is compressed more than " + maxRatio + ":1, as in a zip bomb");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid("file", "is not a readable " + kind + " file: the zip is truncated or damaged ("
                    + reason(e) + ")");
        }
        if (entries == 0 || (listed != ZIP64 && listed != entries)) {
            throw ProblemException.invalid("file", "is not a readable " + kind + " file: the zip is truncated or damaged "
                    + "(its directory lists " + listed + " parts, " + entries + " were found)");
        }
        if (!contentTypes) {
            throw ProblemException.invalid("file", "is not an Office document: the zip has no " + CONTENT_TYPES);
        }
    }

    /**
     * The number of entries the zip's end-of-central-directory record lists, {@link #NO_DIRECTORY} when there is no
     * such record at the end (a truncated file), {@link #ZIP64} when the count is in a ZIP64 record instead. A zip is
     * read from its end, so a file cut short, even between its entries and the directory, is damaged for every reader.
     */
    static int centralDirectoryEntries(byte[] zip) {
        int fixed = 22;
        int lowest = Math.max(0, zip.length - fixed - 0xFFFF);
        for (int pos = zip.length - fixed; pos >= lowest; pos--) {
            if (zip[pos] == 'P' && zip[pos + 1] == 'K' && zip[pos + 2] == 5 && zip[pos + 3] == 6) {
                int commentLength = u16(zip, pos + 20);
                if (pos + fixed + commentLength != zip.length) {
                    continue;
                }
                int total = u16(zip, pos + 10);
                long size = u32(zip, pos + 12);
                long offset = u32(zip, pos + 16);
                if (total == 0xFFFF || offset == 0xFFFFFFFFL) {
                    return ZIP64;
                }
                return offset + size == pos ? total : NO_DIRECTORY;
            }
        }
        return NO_DIRECTORY;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : printable(m);
    }

    /** Messages and entry names come from the file: keep them short and on one line in the answer. */
    private static String printable(String s) {
        String one = s.replaceAll("\\p{Cntrl}|[\\u2028\\u2029\\u0085]", " ").strip();
        return one.length() > 120 ? one.substring(0, 120) + "…" : one;
    }
}
