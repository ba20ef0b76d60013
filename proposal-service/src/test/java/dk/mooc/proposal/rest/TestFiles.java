package dk.mooc.proposal.rest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Attachments built in the test: real PDFs (made with PDFBox) and Office-like zips, sound or hostile. */
final class TestFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] CONTENT_TYPES = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8);

    private TestFiles() {
    }

    /** A one-page PDF as PDFBox writes it. */
    static byte[] pdf() {
        return pdf(null);
    }

    /** A one-page PDF that needs {@code userPassword} to open (null: not encrypted). */
    static byte[] pdf(String userPassword) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF document without a single page. */
    static byte[] pdfWithoutPages() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts a small Word document has: its part list, relationships and the document. */
    static byte[] docx() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", "<w:document><w:body><w:p>Week 1: qubits</w:p></w:body></w:document>"
                .getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** An Office part list plus {@code parts}. */
    static byte[] officeZipWith(Map<String, byte[]> parts) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", CONTENT_TYPES);
        all.putAll(parts);
        return zip(all);
    }

    static byte[] zip(Map<String, byte[]> parts) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(9);
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    zip.write(part.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
