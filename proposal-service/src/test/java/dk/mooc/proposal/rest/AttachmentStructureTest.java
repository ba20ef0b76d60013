package dk.mooc.proposal.rest;

import dk.mooc.proposal.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An attachment is checked as a whole, not just by its first bytes: a PDF must parse, an Office file must be a sound
 * zip with a part list that does not unpack into something huge. A refusal is a 400 naming {@code file} and leaves
 * the proposal as it was (no attachment, no history entry, the same version).
 */
@QuarkusTest
@TestSecurity(user = "ida", roles = "instructor")
@OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute"),
    @Claim(key = "name", value = "Ida Holm")})
class AttachmentStructureTest {

    private static String draft() {
        return given().contentType(ContentType.JSON).body(TestData.draftBody("Attachment structure"))
                .when().post("/proposals").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse attach(String id, String mediaType, byte[] file, String name) {
        return given().contentType(mediaType).body(file).queryParam("name", name)
                .when().post("/proposals/{id}/attachments", id).then();
    }

    /** Refused with 400 on {@code file}, and the proposal is unchanged. */
    private static ValidatableResponse refused(String mediaType, byte[] file, String name) {
        String id = draft();
        String etag = given().when().get("/proposals/{id}", id).then().statusCode(200).extract().header("ETag");
        ValidatableResponse r = attach(id, mediaType, file, name)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("file"));
        given().when().get("/proposals/{id}/attachments", id).then().statusCode(200).body("", hasSize(0));
        given().when().get("/proposals/{id}/history", id).then().statusCode(200)
                .body("action", hasItem("CREATED"))
                .body("action", not(hasItem("ATTACHMENT_ADDED")));
        given().when().get("/proposals/{id}", id).then().statusCode(200).header("ETag", equalTo(etag));
        return r;
    }

    @Test
    void aRealPdfIsAccepted() {
        String id = draft();
        byte[] pdf = TestFiles.pdf();
        attach(id, "application/pdf", pdf, "outline.pdf").statusCode(201)
                .body("fileName", equalTo("outline.pdf"))
                .body("sizeBytes", equalTo(pdf.length));
        given().when().get("/proposals/{id}/attachments", id).then().body("fileName", equalTo(java.util.List.of("outline.pdf")));
    }

    @Test
    void aPdfHeaderFollowedByGarbageIsRefused() {
        byte[] fake = ("%PDF-1.7\n" + "this is not a PDF body ".repeat(200)).getBytes(StandardCharsets.US_ASCII);
        refused("application/pdf", fake, "outline.pdf")
                .body("errors[0].message", containsString("is not a readable PDF"));
    }

    @Test
    void theFormerTestPdfWithoutPageTreeIsRefused() {
        // what the attachment tests used to send: a header, a catalogue without pages, an end marker
        byte[] shell = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        refused("application/pdf", shell, "outline.pdf")
                .body("errors[0].message", containsString("is not a readable PDF"));
    }

    @Test
    void aPdfWithoutPagesIsRefused() {
        refused("application/pdf", TestFiles.pdfWithoutPages(), "empty.pdf")
                .body("errors[0].message", equalTo("is a PDF without pages"));
    }

    @Test
    void aPdfThatNeedsAPasswordToOpenIsRefused() {
        refused("application/pdf", TestFiles.pdf("open-sesame"), "secret.pdf")
                .body("errors[0].message", containsString("needs a password to open"));
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordOpensForEveryoneAndIsAccepted() {
        // encrypted with an empty user password: anyone can open and read it, only editing is restricted
        String id = draft();
        attach(id, "application/pdf", TestFiles.pdf(""), "restricted.pdf").statusCode(201)
                .body("fileName", equalTo("restricted.pdf"));
    }

    @Test
    void aSoundOfficeZipIsAccepted() {
        String id = draft();
        attach(id, TestFiles.DOCX, TestFiles.docx(), "outline.docx").statusCode(201)
                .body("fileName", equalTo("outline.docx"))
                .body("mediaType", equalTo(TestFiles.DOCX));
        given().when().get("/proposals/{id}/attachments", id).then().body("", hasSize(1));
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() {
        // 10 MiB of blanks in one part compress to some kilobytes: far beyond 100:1
        byte[] bomb = TestFiles.officeZipWith(Map.of("word/document.xml", new byte[10 * 1024 * 1024]));
        assertTrue(bomb.length < 100 * 1024, "the bomb is small: " + bomb.length);
        refused(TestFiles.DOCX, bomb, "bomb.docx")
                .body("errors[0].message", equalTo(
                        "the part word/document.xml of the DOCX file is compressed more than 100:1, as in a zip bomb"));
    }

    @Test
    void aZipThatUnpacksToMoreThanFiftyMebibytesIsRefused() {
        // 600 parts of 90 KiB: each too small for the ratio rule, together 54 MB
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 600; i++) {
            parts.put("xl/worksheets/sheet" + i + ".xml", new byte[90 * 1024]);
        }
        refused(TestFiles.XLSX, TestFiles.officeZipWith(parts), "wide.xlsx")
                .body("errors[0].message", equalTo("the XLSX file unpacks to more than 52428800 bytes; it may be a zip bomb"));
    }

    @Test
    void aZipWithMoreThanAThousandEntriesIsRefused() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            parts.put("word/media/p" + i + ".xml", "<p/>".getBytes(StandardCharsets.UTF_8));
        }
        // with the part list: 1001 entries
        refused(TestFiles.DOCX, TestFiles.officeZipWith(parts), "many.docx")
                .body("errors[0].message", equalTo(
                        "the DOCX file has more than 1000 parts (zip entries); an Office document has far fewer"));
    }

    @Test
    void aThousandEntriesAreStillAccepted() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 999; i++) {
            parts.put("word/media/p" + i + ".xml", "<p/>".getBytes(StandardCharsets.UTF_8));
        }
        String id = draft();
        attach(id, TestFiles.DOCX, TestFiles.officeZipWith(parts), "many.docx").statusCode(201);
    }

    @Test
    void aTruncatedZipIsRefused() {
        byte[] whole = TestFiles.docx();
        refused(TestFiles.DOCX, Arrays.copyOf(whole, whole.length * 2 / 3), "cut.docx")
                .body("errors[0].message", containsString("the zip is truncated or damaged"));
    }

    @Test
    void aZipCutOffBeforeItsCentralDirectoryIsRefused() {
        byte[] whole = TestFiles.docx();
        // the end record's last fields: where the central directory starts
        int eocd = whole.length - 22;
        int directory = (whole[eocd + 16] & 0xFF) | (whole[eocd + 17] & 0xFF) << 8;
        refused(TestFiles.DOCX, Arrays.copyOf(whole, directory), "cut.docx")
                .body("errors[0].message", equalTo(
                        "is not a readable DOCX file: the zip is truncated or damaged (its central directory is missing)"));
    }

    @Test
    void aZipWithoutAnOfficePartListIsRefused() {
        byte[] plainZip = TestFiles.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        refused(TestFiles.DOCX, plainZip, "plain.docx")
                .body("errors[0].message", equalTo("is not an Office document: the zip has no [Content_Types].xml"));
    }
}
