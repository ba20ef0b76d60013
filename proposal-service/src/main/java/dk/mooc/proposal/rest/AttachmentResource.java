package dk.mooc.proposal.rest;

import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.SingleLine;
import dk.mooc.proposal.Attachment;
import dk.mooc.proposal.service.AttachmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** HTTP only: a proposal's attachments. The file is the raw request body; its name is a query parameter. */
@Path("/proposals/{moocId}/attachments")
@Tag(name = "Attachments", description = "Files that belong to a proposal, e.g. the course outline")
public class AttachmentResource {

    static final String ATTACHMENT_ID = "The attachment's id, from the attachment list";
    static final String ATTACHMENT_ID_EXAMPLE = "9d2b7c1a-4e3f-4b6a-8c5d-2e1f0a9b8c7d";

    @Inject
    AttachmentService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listProposalAttachments", summary = "List the attachments",
            description = "Roles: whoever may read the proposal. Oldest first. Not paginated: a proposal has at most 20.")
    @APIResponse(responseCode = "200", description = "The proposal's attachments (without their content)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AttachmentView.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    public List<AttachmentView> list(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                                     @PathParam("moocId") UUID id) {
        return service.list(id).stream().map(AttachmentView::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(operationId = "addProposalAttachment", summary = "Attach a file",
            description = "Role: the proposal's instructor, while it is a draft. Send the file as the body with its media "
                    + "type: PDF, DOCX, XLSX, PPTX, PNG, JPEG, plain text or Markdown; at most 5 MiB and 20 files. "
                    + "The extension of ?name= and the file's first bytes must fit the media type, and the file must hold "
                    + "up as a whole: a PDF must parse, have a page and open without a password; a DOCX, XLSX or PPTX must be "
                    + "a complete zip with [Content_Types].xml, at most 1000 parts, 50 MiB unpacked and no part compressed "
                    + "more than 100:1 (docs/proposals.md, \"Attachments\"). Bidirectional-text controls are removed "
                    + "from the name; a line break in it is refused.")
    @RequestBody(description = "The file's bytes, with its media type as Content-Type: application/pdf, "
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, "
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
            + "application/vnd.openxmlformats-officedocument.presentationml.presentation, image/png, image/jpeg, "
            + "text/plain or text/markdown", required = true,
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Attached",
            headers = @Header(name = "Location", description = "The attachment's download address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", example = "https://mooc.example.org/api/proposal/"
                            + "proposals/6f1c4c1e-2a55-4a43-9a0f-3f6d0b1d8c11/attachments/9d2b7c1a-4e3f-4b6a-8c5d-2e1f0a9b8c7d")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "The name or the file does not fit the media type, or the file is "
            + "damaged, encrypted or a zip bomb (validation; errors[0].field is name or file)",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND, content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "409", description = "Not editable any more (illegal-transition), or the proposal has its "
            + "20 attachments already (conflict)", content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "413", description = "Too large: more than 5 MiB (`maxBytes`)",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "415", description = "Type not allowed", content = @Content(mediaType = ApiDocs.PROBLEM))
    public Response add(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                        @PathParam("moocId") UUID id,
                        @Parameter(description = "The file's name, 1 to 200 characters on one line; its extension must fit "
                                + "the media type", required = true, example = "course-outline.pdf")
                        @QueryParam("name") @SingleLine String name,
                        @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body,
                        @jakarta.ws.rs.core.Context UriInfo uri) {
        Attachment a = service.add(id, name, contentType, body);
        return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                .entity(AttachmentView.of(a)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "downloadProposalAttachment", summary = "Download an attachment",
            description = "Roles: whoever may read the proposal. The body is the file as it was attached, with its media "
                    + "type as Content-Type.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name (RFC 6266)",
                    schema = @Schema(type = SchemaType.STRING, example = "attachment; filename*=UTF-8''course-outline.pdf")),
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such proposal or attachment, or not visible to you",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public Response download(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                             @PathParam("moocId") UUID id,
                             @Parameter(description = ATTACHMENT_ID, example = ATTACHMENT_ID_EXAMPLE)
                             @PathParam("attachmentId") UUID attachmentId) {
        Attachment a = service.get(id, attachmentId);
        String encoded = URLEncoder.encode(a.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(a.content, a.mediaType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(operationId = "removeProposalAttachment", summary = "Remove an attachment",
            description = "Role: the proposal's instructor, while it is a draft.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such proposal or attachment, or not visible to you",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    @APIResponse(responseCode = "409", description = "Not editable any more (illegal-transition)",
            content = @Content(mediaType = ApiDocs.PROBLEM))
    public void remove(@Parameter(description = ApiDocs.MOOC_ID, example = ApiDocs.MOOC_ID_EXAMPLE)
                       @PathParam("moocId") UUID id,
                       @Parameter(description = ATTACHMENT_ID, example = ATTACHMENT_ID_EXAMPLE)
                       @PathParam("attachmentId") UUID attachmentId) {
        service.remove(id, attachmentId);
    }
}
