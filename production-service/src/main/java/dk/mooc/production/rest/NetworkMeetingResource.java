package dk.mooc.production.rest;

import dk.mooc.platform.problem.ProblemException;
import dk.mooc.platform.security.Roles;
import dk.mooc.platform.web.SingleLine;
import dk.mooc.production.NetworkMeeting;
import dk.mooc.production.NetworkRegistration;
import dk.mooc.production.NetworkMeeting.Counts;
import dk.mooc.production.service.NetworkMeetingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dk.mooc.production.rest.ApiDocs.MEETING_ID;
import static dk.mooc.production.rest.ApiDocs.MEETING_ID_EXAMPLE;
import static dk.mooc.production.rest.ApiDocs.PROBLEM;

/** HTTP only: meetings of the "Online Teaching and MOOCs" network (docs/production.md, "Network meetings"). */
@Path("/network-meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network meetings", description = "The \"Online Teaching and MOOCs\" network: meetings, sign-up and attendance")
public class NetworkMeetingResource {

    @Inject
    NetworkMeetingService service;

    @GET
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "listNetworkMeetings", summary = "The network's meetings",
            description = "Roles: instructor, consultant, medialab, board, admin. when=upcoming (default): meetings not over "
                    + "yet, soonest first; when=past: those that are over, latest first. attended is shown to organisers "
                    + "(consultant, admin) only. Not paged: the network meets a few times a semester, so both lists stay "
                    + "short.")
    @APIResponse(responseCode = "200", description = "The meetings")
    @APIResponse(responseCode = "400", description = "when is neither upcoming nor past",
            content = @Content(mediaType = PROBLEM))
    public List<MeetingView> list(@QueryParam("when") @Parameter(description = "upcoming (the default) or past",
            example = "upcoming", schema = @Schema(type = SchemaType.STRING, enumeration = {"upcoming", "past"},
                    defaultValue = "upcoming")) String when) {
        boolean past;
        if (when == null || when.isBlank() || "upcoming".equals(when)) {
            past = false;
        } else if ("past".equals(when)) {
            past = true;
        } else {
            throw ProblemException.invalid("when", "must be upcoming or past");
        }
        List<NetworkMeeting> meetings = service.list(past);
        List<UUID> ids = meetings.stream().map(m -> m.id).toList();
        Map<UUID, Counts> counts = service.counts(ids);
        Set<UUID> mine = service.mine(ids);
        return meetings.stream().map(m -> view(m, counts.get(m.id), mine.contains(m.id))).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "getNetworkMeeting", summary = "One network meeting", description = "Roles: as for the list.")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(mediaType = PROBLEM))
    public MeetingView get(@Parameter(description = MEETING_ID, example = MEETING_ID_EXAMPLE) @PathParam("id") UUID id) {
        return view(service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    @Operation(operationId = "planNetworkMeeting", summary = "Plan a network meeting", description = "Roles: consultant, "
            + "admin. It starts in the future and ends after it starts; capacity 1–1000.")
    @APIResponse(responseCode = "201", description = "The planned meeting",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The meeting: /network-meetings/{id}",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM))
    public Response plan(@Valid @NotNull MeetingInput input, @Context UriInfo uri) {
        NetworkMeeting m = service.plan(input.title(), input.startsAt(), input.endsAt(), input.location(),
                input.description(), input.capacity());
        return Response.created(uri.getAbsolutePathBuilder().path(m.id.toString()).build()).entity(view(m)).build();
    }

    @POST
    @Path("/{id}/registration")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "registerForNetworkMeeting", summary = "Sign up for a meeting",
            description = "Roles: as for the list; for yourself. Before it starts and while places are left. Signing up "
                    + "again changes nothing (200).")
    @APIResponse(responseCode = "201", description = "Signed up: the meeting with youAreRegistered",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Your registration: this request's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "200", description = "You were already signed up",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The meeting is full (conflict) or has started (illegal-transition)",
            content = @Content(mediaType = PROBLEM))
    public Response register(@Parameter(description = MEETING_ID, example = MEETING_ID_EXAMPLE) @PathParam("id") UUID id, @Context UriInfo uri) {
        boolean created = service.register(id);
        MeetingView view = view(service.get(id));
        return created ? Response.created(uri.getAbsolutePath()).entity(view).build() : Response.ok(view).build();
    }

    @DELETE
    @Path("/{id}/registration")
    @RolesAllowed({Roles.INSTRUCTOR, Roles.CONSULTANT, Roles.MEDIALAB, Roles.BOARD, Roles.ADMIN})
    @Operation(operationId = "withdrawFromNetworkMeeting", summary = "Withdraw from a meeting",
            description = "Roles: as for the list; for yourself, before it starts.")
    @APIResponse(responseCode = "200", description = "Withdrawn: the meeting")
    @APIResponse(responseCode = "404", description = "No such meeting, or you are not signed up",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The meeting has started (illegal-transition)",
            content = @Content(mediaType = PROBLEM))
    public MeetingView withdraw(@Parameter(description = MEETING_ID, example = MEETING_ID_EXAMPLE) @PathParam("id") UUID id) {
        service.withdraw(id);
        return view(service.get(id));
    }

    @GET
    @Path("/{id}/registrations")
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    @Operation(operationId = "listNetworkRegistrations", summary = "Who signed up, and who attended",
            description = "Roles: consultant, admin. In sign-up order. Not paged: at most the meeting's capacity (1000).")
    @APIResponse(responseCode = "200", description = "The registrations")
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(mediaType = PROBLEM))
    public List<RegistrationView> registrations(@Parameter(description = MEETING_ID, example = MEETING_ID_EXAMPLE) @PathParam("id") UUID id) {
        return service.registrations(id).stream().map(RegistrationView::of).toList();
    }

    @PUT
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
    @Operation(operationId = "recordNetworkAttendance", summary = "Record who attended", description = "Roles: "
            + "consultant, admin. Once the meeting has started. The listed user names attended; every other registered "
            + "person did not. Only registered people can be listed. Answers every registration (at most the capacity).")
    @APIResponse(responseCode = "200", description = "The registrations with attendance")
    @APIResponse(responseCode = "404", description = "No such meeting", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "400", description = "Someone listed is not registered (errors name each one)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The meeting has not started yet (illegal-transition)",
            content = @Content(mediaType = PROBLEM))
    public List<RegistrationView> attendance(@Parameter(description = MEETING_ID, example = MEETING_ID_EXAMPLE) @PathParam("id") UUID id, @Valid @NotNull AttendanceInput input) {
        return service.recordAttendance(id, input.attended()).stream().map(RegistrationView::of).toList();
    }

    private MeetingView view(NetworkMeeting m) {
        return view(m, service.counts(List.of(m.id)).get(m.id), !service.mine(List.of(m.id)).isEmpty());
    }

    private MeetingView view(NetworkMeeting m, Counts counts, boolean registered) {
        long taken = counts == null ? 0 : counts.registered();
        Long attended = service.isOrganiser() ? Long.valueOf(counts == null ? 0 : counts.attended()) : null;
        return new MeetingView(m.id, m.title, m.startsAt, m.endsAt, m.location, m.description, m.capacity, taken,
                Math.max(0, m.capacity - taken), registered, attended, m.createdBy);
    }

    @Schema(name = "NetworkMeetingInput", description = "A network meeting to plan")
    public record MeetingInput(
            @NotBlank @Size(max = 200) @SingleLine @Schema(description = "The meeting's title, one line",
                    example = "Online Teaching and MOOCs: video that works") String title,
            @NotNull @Schema(example = "2027-03-10T14:00:00+01:00") OffsetDateTime startsAt,
            @NotNull @Schema(example = "2027-03-10T16:00:00+01:00") OffsetDateTime endsAt,
            @Size(max = 200) @SingleLine @Schema(description = "Where it takes place",
                    example = "Building 101, meeting room S10, Lyngby Campus") String location,
            @Size(max = 4000) @Schema(description = "What the meeting is about, for the invitation; optional",
                    example = "Two MOOC teams show what worked in their videos; coffee from 13:45.") String description,
            @Min(1) @Max(1000) @Schema(description = "How many can sign up (1-1000)", example = "30") int capacity) {
    }

    @Schema(name = "AttendanceInput", description = "Who attended the meeting")
    public record AttendanceInput(@NotNull @Size(max = 1000) @Schema(description = "The user names of the registered people "
            + "who attended; every other registered person did not", example = "[\"ida\", \"ole\"]")
                                  List<@NotBlank @Size(max = 100) @SingleLine String> attended) {
    }

    @Schema(name = "NetworkMeeting", description = "A meeting of the \"Online Teaching and MOOCs\" network")
    public record MeetingView(@Schema(description = "The meeting's id (the path's {id})",
                                      example = "3d6f2b0e-7c1a-4f4e-8b9d-1a2b3c4d5e6f") UUID id,
                              @Schema(description = "The meeting's title", example = "Online Teaching and MOOCs: video that works")
                              String title,
                              @Schema(example = "2027-03-10T14:00:00+01:00") OffsetDateTime startsAt,
                              @Schema(example = "2027-03-10T16:00:00+01:00") OffsetDateTime endsAt,
                              @Schema(description = "Where it takes place; null when not given",
                                      example = "Building 101, meeting room S10, Lyngby Campus") String location,
                              @Schema(description = "What the meeting is about; null when not given",
                                      example = "Two MOOC teams show what worked in their videos.") String description,
                              @Schema(description = "How many can sign up", example = "30") int capacity,
                              @Schema(description = "How many signed up", example = "12") long registered,
                              @Schema(description = "Places not taken", example = "18") long placesLeft,
                              @Schema(description = "Whether the caller signed up", example = "true") boolean youAreRegistered,
                              @Schema(description = "How many attended; only for organisers (consultant, admin)", example = "10")
                              Long attended,
                              @Schema(description = "Who planned it", example = "Carla Consultant") String plannedBy) {
    }

    @Schema(name = "NetworkRegistration", description = "One person signed up for a meeting")
    public record RegistrationView(@Schema(description = "The user name (as listed in attendance)", example = "ida")
                                   String username,
                                   @Schema(description = "The person's name", example = "Ida Instructor") String name,
                                   @Schema(description = "The person's e-mail address, for the organisers to reach them",
                                           example = "ida@example.org") String email,
                                   @Schema(example = "2027-02-20T08:00:00Z") OffsetDateTime registeredAt,
                                   @Schema(description = "Recorded by the organisers after the meeting started",
                                           example = "false") boolean attended) {
        static RegistrationView of(NetworkRegistration r) {
            return new RegistrationView(r.username, r.name, r.email, r.registeredAt, r.attended);
        }
    }
}
