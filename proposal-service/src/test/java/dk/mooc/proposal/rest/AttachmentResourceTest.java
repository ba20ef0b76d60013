package dk.mooc.proposal.rest;

import dk.mooc.proposal.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
@TestSecurity(user = "ida", roles = "instructor")
@OidcSecurity(claims = {@Claim(key = "sub", value = TestData.IDA), @Claim(key = "department", value = "Compute"),
    @Claim(key = "name", value = "Ida Holm")})
class AttachmentResourceTest {

    /** A real one-page PDF: attachments are parsed whole (AttachmentStructureTest), a bare header no longer passes. */
    private static final byte[] PDF = TestFiles.pdf();

    private static String draft() {
        return given().contentType(ContentType.JSON).body(TestData.draftBody("With attachments"))
                .when().post("/proposals").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCourseOutlineIsAttachedListedDownloadedAndRemoved() {
        String id = draft();
        String attachment = given().contentType("application/pdf").body(PDF).queryParam("name", "Course outline.pdf")
                .when().post("/proposals/{id}/attachments", id).then()
                .statusCode(201)
                .body("fileName", equalTo("Course outline.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("uploadedBy", equalTo("Ida Holm"))
                .extract().path("id");
        given().when().get("/proposals/{id}/attachments", id).then().statusCode(200).body("", hasSize(1));
        byte[] downloaded = given().when().get("/proposals/{id}/attachments/{a}", id, attachment).then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("Course%20outline.pdf"))
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);

        given().when().delete("/proposals/{id}/attachments/{a}", id, attachment).then().statusCode(204);
        given().when().get("/proposals/{id}/attachments", id).then().body("", hasSize(0));
        given().when().get("/proposals/{id}/history", id).then()
                .body("action", org.hamcrest.Matchers.hasItems("ATTACHMENT_ADDED", "ATTACHMENT_REMOVED"));
    }

    @Test
    void typesOtherThanDocumentsAndImagesAreRefused() {
        String id = draft();
        given().contentType("application/x-msdownload").body(new byte[] {'M', 'Z', 0, 0}).queryParam("name", "setup.exe")
                .when().post("/proposals/{id}/attachments", id).then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:unsupported-media-type"))
                .body("detail", containsString("application/pdf"))
                .body("accepted", org.hamcrest.Matchers.hasItems("application/pdf", "image/png"));
    }

    @Test
    void aFileMustBeWhatItClaimsToBe() {
        String id = draft();
        given().contentType("application/pdf").body(new byte[] {'M', 'Z', 0, 0}).queryParam("name", "outline.pdf")
                .when().post("/proposals/{id}/attachments", id).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
        given().contentType("application/pdf").body(PDF).queryParam("name", "outline.docx")
                .when().post("/proposals/{id}/attachments", id).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().contentType("application/pdf").body(PDF)
                .when().post("/proposals/{id}/attachments", id).then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        given().when().get("/proposals/{id}/attachments", id).then().body("", hasSize(0));
    }

    @Test
    void bidiControlsAreStrippedFromFileNames() {
        String id = draft();
        // U+202E would show "invoice\u202Efdp.txt" as "invoicetxt.pdf"; the isolates and marks likewise reorder text
        String attachment = given().contentType("text/plain").body("Budget".getBytes(StandardCharsets.UTF_8))
                .queryParam("name", "\u2067invoice\u202Efdp\u200F\u202C\u2069.txt")
                .when().post("/proposals/{id}/attachments", id).then()
                .statusCode(201)
                .body("fileName", equalTo("invoicefdp.txt"))
                .extract().path("id");
        given().when().get("/proposals/{id}/attachments", id).then().body("fileName", equalTo(List.of("invoicefdp.txt")));
        given().when().get("/proposals/{id}/attachments/{a}", id, attachment).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''invoicefdp.txt"));
        given().when().get("/proposals/{id}/history", id).then()
                .body("find { it.action == 'ATTACHMENT_ADDED' }.params.fileName", equalTo("invoicefdp.txt"));
    }

    @Test
    void aFileNameWithALineBreakIsRefusedAndNothingIsStored() {
        String id = draft();
        for (String name : List.of("outline\u2028.txt", "outline\u2029.txt", "outline\r\nX-Evil: 1.txt")) {
            given().contentType("text/plain").body("Notes".getBytes(StandardCharsets.UTF_8)).queryParam("name", name)
                    .when().post("/proposals/{id}/attachments", id).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:mooc:problem:validation"))
                    .body("errors.field", equalTo(List.of("name")));
        }
        given().when().get("/proposals/{id}/attachments", id).then().body("", hasSize(0));
        given().when().get("/proposals/{id}/history", id).then().body("action", not(hasItem("ATTACHMENT_ADDED")));
    }

    @Test
    void filesAboveTheLimitAreRefusedWith413() {
        String id = draft();
        byte[] big = Arrays.copyOf(PDF, 6 * 1024 * 1024);
        given().contentType("application/pdf").body(big).queryParam("name", "huge.pdf")
                .when().post("/proposals/{id}/attachments", id).then()
                .statusCode(413)
                .body("type", equalTo("urn:mooc:problem:payload-too-large"))
                .body("maxBytes", equalTo(5242880));
    }

    private static String attachText(String id, String name) {
        return given().contentType("text/plain").body(("Notes: " + name).getBytes(StandardCharsets.UTF_8))
                .queryParam("name", name).when().post("/proposals/{id}/attachments", id).then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void aProposalHasAtMostTwentyAttachments() {
        String id = draft();
        String first = null;
        for (int i = 1; i <= 20; i++) {
            String a = attachText(id, "week-" + i + ".txt");
            first = first == null ? a : first;
        }
        given().contentType("text/plain").body("One too many".getBytes(StandardCharsets.UTF_8))
                .queryParam("name", "week-21.txt").when().post("/proposals/{id}/attachments", id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mooc:problem:conflict"))
                .body("detail", containsString("at most 20 attachments"));
        given().when().get("/proposals/{id}/attachments", id).then()
                .body("", hasSize(20))
                .body("fileName", not(hasItem("week-21.txt")));
        given().when().get("/proposals/{id}/history", id).then()
                .body("findAll { it.action == 'ATTACHMENT_ADDED' }.size()", equalTo(20));

        // removing one makes room for one
        given().when().delete("/proposals/{id}/attachments/{a}", id, first).then().statusCode(204);
        attachText(id, "week-21.txt");
        given().when().get("/proposals/{id}/attachments", id).then()
                .body("", hasSize(20))
                .body("fileName", hasItem("week-21.txt"));
    }

    @Test
    void attachmentsAreFrozenOnceSubmittedAndInvisibleToOthers() {
        UUID id = TestData.endorsed(TestData.IDA, "Compute", "Frozen attachments");
        given().when().post("/proposals/{id}/submit", id).then().statusCode(200);
        given().contentType("application/pdf").body(PDF).queryParam("name", "late.pdf")
                .when().post("/proposals/{id}/attachments", id).then()
                .statusCode(409)
                .body("type", equalTo("urn:mooc:problem:illegal-transition"));

        UUID others = TestData.othersDraft(TestData.OLE);
        given().contentType("application/pdf").body(PDF).queryParam("name", "x.pdf")
                .when().post("/proposals/{id}/attachments", others).then().statusCode(404);
        given().when().get("/proposals/{id}/attachments", others).then().statusCode(404);
    }
}
