package org.zhongben.portal.resumption;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.cases.CaseAccessService;
import org.zhongben.portal.common.concurrent.Offload;
import org.zhongben.portal.common.error.FieldError;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.i18n.RequestLanguage;
import org.zhongben.portal.resumption.clue.Clue;
import org.zhongben.portal.resumption.clue.ClueType;
import org.zhongben.portal.resumption.clue.ClueValidator;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Resumption applications for law-firm systems: the same rules as the pages, in one request. Every POST needs an
 * {@code Idempotency-Key}; repeating a request with the same key returns the application it produced and changes
 * nothing.
 */
@Path("/api/v1/cases/{caseNumber}/resumption-applications")
@Tag(name = "Resumption applications")
@SecurityRequirement(name = "bearer")
@Authenticated
public class ResumptionResource {

    static final int MAX_KEY_LENGTH = 64;

    /** What a law-firm system sends; {@code submit} false keeps a new application as a draft. */
    public record ApplicationRequest(List<ClueInput> clues, Boolean declared, Boolean urgent, String urgentReason,
            Boolean submit) {
    }

    /** One clue: its type code (BANK_ACCOUNT, VEHICLE, ...) and its fields by name. */
    public record ClueInput(String type, Map<String, String> fields) {
    }

    /** An answer to withdraw or to a request for materials; {@code version} is the one the caller last read. */
    public record Change(Long version, String message) {
    }

    private final CaseAccessService access;
    private final ResumptionService service;
    private final CurrentViewer viewer;

    ResumptionResource(CaseAccessService access, ResumptionService service, CurrentViewer viewer) {
        this.access = access;
        this.service = service;
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The case's resumption applications, newest first")
    public Uni<List<ResumptionSummary>> list(@PathParam("caseNumber") String caseNumber, HttpHeaders headers) {
        Locale locale = RequestLanguage.of(headers);
        return viewer.resolve().chain(who -> access.require(who, caseNumber))
                .chain(granted -> Offload.toWorker(() -> service.applications(granted, locale)));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One application: state, verification clock, clues with their verification, evidence with SHA-256, timeline")
    public Uni<ResumptionView> read(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id,
            HttpHeaders headers) {
        Locale locale = RequestLanguage.of(headers);
        return viewer.resolve().chain(who -> access.require(who, caseNumber))
                .chain(granted -> Offload.toWorker(() -> service.view(granted, id, locale)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an application (or add clues to the open one) without evidence files", description = "201 with Location when a new application was created; 200 when the clues joined the case's open application or the Idempotency-Key was seen before (then Idempotency-Replayed: true).")
    public Uni<Response> create(@PathParam("caseNumber") String caseNumber,
            @Parameter(required = true) @HeaderParam("Idempotency-Key") String key, ApplicationRequest request,
            HttpHeaders headers) {
        return file(caseNumber, key, request, List.of(), RequestLanguage.of(headers));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an application with evidence: part 'application' (JSON) and parts 'evidence' (PDF, JPEG or PNG)")
    public Uni<Response> createWithEvidence(@PathParam("caseNumber") String caseNumber,
            @Parameter(required = true) @HeaderParam("Idempotency-Key") String key,
            @RestForm @PartType(MediaType.APPLICATION_JSON) ApplicationRequest application,
            @RestForm("evidence") List<FileUpload> evidence, HttpHeaders headers) {
        List<ResumptionService.Upload> uploads = evidence == null ? List.of()
                // a part without a file (a text field of that name) carries no evidence
                : evidence.stream().filter(file -> file.uploadedFile() != null)
                        .map(file -> new ResumptionService.Upload(file.uploadedFile(), file.fileName(),
                                file.contentType()))
                        .toList();
        return file(caseNumber, key, application, uploads, RequestLanguage.of(headers));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the application")
    public Uni<ResumptionView> withdraw(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id,
            Change change, HttpHeaders headers) {
        Locale locale = RequestLanguage.of(headers);
        return viewer.resolve().chain(who -> access.require(who, caseNumber)).chain(granted -> Offload.toWorker(() -> {
            service.withdraw(granted, id, version(change), change.message());
            return service.view(granted, id, locale);
        }));
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the court's request for materials (add clues or evidence first with POST)")
    public Uni<ResumptionView> answer(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id,
            Change change, HttpHeaders headers) {
        Locale locale = RequestLanguage.of(headers);
        return viewer.resolve().chain(who -> access.require(who, caseNumber)).chain(granted -> Offload.toWorker(() -> {
            service.answerMaterials(granted, id, version(change), change.message());
            return service.view(granted, id, locale);
        }));
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an evidence file; its SHA-256 is in the Repr-Digest header")
    public RestMulti<byte[]> evidence(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id,
            @PathParam("evidenceId") long evidenceId) {
        return EvidenceDownload.of(viewer.resolve().chain(who -> access.require(who, caseNumber))
                .chain(granted -> Offload.toWorker(() -> service.evidence(granted, id, evidenceId))), service);
    }

    private Uni<Response> file(String caseNumber, String key, ApplicationRequest request,
            List<ResumptionService.Upload> uploads, Locale locale) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().failure(new PortalException(ResumptionError.IDEMPOTENCY_KEY_REQUIRED));
        }
        if (request == null) {
            return Uni.createFrom().failure(PortalException.invalid(ResumptionError.INVALID_CLUES,
                    List.of(new FieldError("application", "required", ResumptionError.INVALID_CLUES.label(locale)))));
        }
        List<Clue> clues;
        try {
            clues = clues(request.clues(), locale);
        } catch (PortalException invalid) {
            return Uni.createFrom().failure(invalid);
        }
        boolean submit = request.submit() == null || request.submit();
        ResumptionService.Submission submission = new ResumptionService.Submission(key.strip(), clues, uploads, submit,
                Boolean.TRUE.equals(request.declared()), Boolean.TRUE.equals(request.urgent()), request.urgentReason(),
                locale);
        return viewer.resolve().chain(who -> access.require(who, caseNumber)).chain(granted -> Offload.toWorker(() -> {
            ResumptionService.Outcome outcome = service.apply(granted, submission);
            ResumptionView view = service.view(granted, outcome.applicationId(), locale);
            URI location = URI.create("/api/v1/cases/" + org.zhongben.portal.common.web.UrlPaths.segment(
                    granted.caseNumber()) + "/resumption-applications/" + outcome.applicationId());
            Response.ResponseBuilder answer = outcome.created() && !outcome.replayed() ? Response.created(location)
                    : Response.ok().location(location);
            if (outcome.replayed()) {
                answer.header("Idempotency-Replayed", "true");
            }
            return answer.entity(view).build();
        }));
    }

    /** Every clue checked; all field errors of all clues come back together, named {@code clues[i].field}. */
    static List<Clue> clues(List<ClueInput> inputs, Locale locale) {
        List<Clue> clues = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        List<ClueInput> given = inputs == null ? List.of() : inputs;
        for (int i = 0; i < given.size(); i++) {
            ClueInput input = given.get(i);
            String path = "clues[" + i + "]";
            ClueType type = input == null ? null : ClueType.parse(input.type());
            if (type == null) {
                errors.add(new FieldError(path + ".type", "unknown_type", org.zhongben.portal.investigations.Label
                        .text(locale, "未知的线索类型", "Unknown clue type")));
                continue;
            }
            ClueValidator.Result result = ClueValidator.validate(type, input.fields() == null ? Map.of() : input.fields(),
                    locale);
            if (result.valid()) {
                clues.add(result.clue());
            } else {
                result.errors().forEach(error -> errors.add(new FieldError(path + "." + error.field(), error.code(),
                        error.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw PortalException.invalid(ResumptionError.INVALID_CLUES, errors);
        }
        return clues;
    }

    private static long version(Change change) {
        if (change == null || change.version() == null) {
            throw new PortalException(ResumptionError.CHANGED_MEANWHILE);
        }
        return change.version();
    }
}
