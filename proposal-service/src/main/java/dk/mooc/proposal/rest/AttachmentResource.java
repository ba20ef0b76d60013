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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** HTTP only: a proposal's attachments. The file is the raw request body; its name is a query parameter. */
@Path("/proposals/{id}/attachments")
@Tag(name = "Attachments", description = "Files that belong to a proposal, e.g. the course outline")
public class AttachmentResource {

    @Inject
    AttachmentService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "List the attachments", description = "Roles: whoever may read the proposal.")
    public List<AttachmentView> list(@PathParam("id") UUID id) {
        return service.list(id).stream().map(AttachmentView::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSTRUCTOR)
    @Operation(summary = "Attach a file",
            description = "Role: the proposal's instructor, while it is a draft. Send the file as the body with its media "
                    + "type: PDF, DOCX, XLSX, PPTX, PNG, JPEG, plain text or Markdown; at most 5 MiB and 20 files. "
                    + "The extension of ?name= and the file's first bytes must fit the media type, and the file must hold "
                    + "up as a whole: a PDF must parse, have a page and open without a password; a DOCX, XLSX or PPTX must be "
                    + "a complete zip with [Content_Types].xml, at most 1000 parts, 50 MiB unpacked and no part compressed "
                    + "more than 100:1 (docs/proposals.md, \"Attachments\"). Bidirectional-text controls are removed "
                    + "from the name; a line break in it is refused.")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "The name or the file does not fit the media type, or the file is "
            + "damaged, encrypted or a zip bomb (validation; errors[0].field is name or file)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Not editable any more (illegal-transition), or the proposal has its "
            + "20 attachments already (conflict)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Too large", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "Type not allowed", content = @Content(mediaType = "application/problem+json"))
    public Response add(@PathParam("id") UUID id, @QueryParam("name") @SingleLine String name,
                        @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body,
                        @jakarta.ws.rs.core.Context UriInfo uri) {
        Attachment a = service.add(id, name, contentType, body);
        return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                .entity(AttachmentView.of(a)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.BOARD, Roles.HEAD, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(summary = "Download an attachment", description = "Roles: whoever may read the proposal.")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
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
    @Operation(summary = "Remove an attachment", description = "Role: the proposal's instructor, while it is a draft.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        service.remove(id, attachmentId);
    }
}
