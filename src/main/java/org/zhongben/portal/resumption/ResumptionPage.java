package org.zhongben.portal.resumption;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.cases.CaseAccessService;
import org.zhongben.portal.cases.CaseAccessService.CaseAccess;
import org.zhongben.portal.common.concurrent.Offload;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.web.PageContext;
import org.zhongben.portal.common.web.UrlPaths;
import org.zhongben.portal.resumption.clue.ClueType;
import org.zhongben.portal.resumption.clue.ClueValidator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The creditor's resumption pages. Every step is its own form posting to the server and coming back with a redirect,
 * so the pages work without JavaScript and a reload never loses what was saved; each form carries a one-time
 * submission key, so a double click or a retried request takes effect once.
 */
@Path("/cases/{caseNumber}/resumption")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ResumptionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext page, String caseNumber, List<ResumptionSummary> applications,
                boolean canApply);

        static native TemplateInstance editor(PageContext page, ResumptionEditor editor, ClueForm clueForm,
                String clueKey, String evidenceKey, String submitKey, String error, String notice);

        static native TemplateInstance application(PageContext page, ResumptionView application, String error,
                String notice);
    }

    private final CaseAccessService access;
    private final ResumptionService service;
    private final PageContexts pages;
    private final CurrentViewer viewer;

    ResumptionPage(CaseAccessService access, ResumptionService service, PageContexts pages, CurrentViewer viewer) {
        this.access = access;
        this.service = service;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    public Uni<Response> list(@PathParam("caseNumber") String caseNumber) {
        Locale locale = pages.locale();
        return withCase(caseNumber, "", (who, granted) -> Offload.toWorker(() -> ok(Templates.list(pages.current(who),
                granted.caseNumber(), service.applications(granted, locale), granted.creditor()))));
    }

    @GET
    @Path("/new")
    public Uni<Response> editor(@PathParam("caseNumber") String caseNumber, @RestQuery String type,
            @RestQuery String added) {
        Locale locale = pages.locale();
        return withCase(caseNumber, "/new", (who, granted) -> Offload.toWorker(() -> {
            ResumptionEditor editor = service.editor(granted, locale);
            ClueType chosen = ClueType.parse(type);
            return ok(editorPage(who, editor, chosen == null ? null : ClueForm.empty(chosen, locale), null,
                    notice(added, locale)));
        }));
    }

    /** Adds one clue to the open application (creating the draft); a refused clue comes back with the typed values. */
    @POST
    @Path("/clues")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> addClue(@PathParam("caseNumber") String caseNumber, MultivaluedMap<String, String> form) {
        Locale locale = pages.locale();
        return withCase(caseNumber, "/new", (who, granted) -> Offload.toWorker(() -> {
            ClueType type = ClueType.parse(form.getFirst("type"));
            if (type == null) {
                return editorError(who, granted, null, ResumptionError.INVALID_CLUES.label(locale), locale);
            }
            Map<String, String> values = ClueForm.pick(type, form);
            ClueValidator.Result result = ClueValidator.validate(type, values, locale);
            if (!result.valid()) {
                return editorError(who, granted, ClueForm.of(type, values, result.errors(), locale),
                        ResumptionError.INVALID_CLUES.label(locale), locale);
            }
            return apply(who, granted, new ResumptionService.Submission(key(form.getFirst("submission")),
                    List.of(result.clue()), List.of(), false, false, false, null, locale),
                    outcome -> newPage(granted, "clue"), ClueForm.of(type, values, List.of(), locale), locale);
        }));
    }

    @POST
    @Path("/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> addEvidence(@PathParam("caseNumber") String caseNumber, @RestForm String submission,
            @RestForm("file") List<FileUpload> files) {
        Locale locale = pages.locale();
        return withCase(caseNumber, "/new", (who, granted) -> Offload.toWorker(() -> {
            List<ResumptionService.Upload> uploads = files == null ? List.of()
                    : files.stream()// a part without a file (a text field of that name) carries no evidence
                            .filter(file -> file.uploadedFile() != null && file.fileName() != null
                                    && !file.fileName().isBlank())
                            .map(file -> new ResumptionService.Upload(file.uploadedFile(), file.fileName(),
                                    file.contentType()))
                            .toList();
            if (uploads.isEmpty()) {
                return editorError(who, granted, null, label(locale, "请选择要上传的文件", "Choose a file to upload"),
                        locale);
            }
            return apply(who, granted, new ResumptionService.Submission(key(submission), List.of(), uploads, false,
                    false, false, null, locale), outcome -> newPage(granted, "evidence"), null, locale);
        }));
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> submit(@PathParam("caseNumber") String caseNumber, @RestForm String submission,
            @RestForm boolean declared, @RestForm boolean urgent, @RestForm String urgentReason) {
        Locale locale = pages.locale();
        return withCase(caseNumber, "/new", (who, granted) -> Offload.toWorker(() -> apply(who, granted,
                new ResumptionService.Submission(key(submission), List.of(), List.of(), true, declared, urgent,
                        urgentReason, locale),
                outcome -> Response.seeOther(URI.create(base(granted) + "/" + outcome.applicationId() + "?done=submitted"))
                        .build(),
                null, locale)));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> application(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id,
            @RestQuery String done) {
        Locale locale = pages.locale();
        return withCase(caseNumber, "/" + id, (who, granted) -> Offload.toWorker(
                () -> ok(Templates.application(pages.current(who), service.view(granted, id, locale), null,
                        notice(done, locale)))));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> withdraw(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id,
            @RestForm long version, @RestForm String message) {
        return change(caseNumber, id, "withdrawn", granted -> service.withdraw(granted, id, version, message));
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> answer(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id,
            @RestForm long version, @RestForm String message) {
        return change(caseNumber, id, "answered", granted -> service.answerMaterials(granted, id, version, message));
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public RestMulti<byte[]> evidence(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id,
            @PathParam("evidenceId") long evidenceId) {
        return EvidenceDownload.of(viewer.resolve().chain(who -> access.require(who, caseNumber))
                .chain(granted -> Offload.toWorker(() -> service.evidence(granted, id, evidenceId))), service);
    }

    // ------------------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface CaseAction {
        Uni<Response> run(Viewer who, CaseAccess granted);
    }

    @FunctionalInterface
    private interface Change {
        void run(CaseAccess granted);
    }

    /** Signs visitors in first, then resolves the viewer's access to the case (404 if it is not theirs). */
    private Uni<Response> withCase(String caseNumber, String rest, CaseAction action) {
        return viewer.resolve().chain(who -> {
            if (who.isAnonymous()) {
                String next = "/cases/" + UrlPaths.segment(caseNumber) + "/resumption" + rest;
                return Uni.createFrom().item(Response.seeOther(URI.create("/login?next=" + UrlPaths.query(next))).build());
            }
            return access.require(who, caseNumber).chain(granted -> action.run(who, granted));
        });
    }

    /** A creditor's change of an application: done → back to its page; refused → the page with the reason. */
    private Uni<Response> change(String caseNumber, long id, String done, Change change) {
        Locale locale = pages.locale();
        return withCase(caseNumber, "/" + id, (who, granted) -> Offload.toWorker(() -> {
            try {
                change.run(granted);
                return Response.seeOther(URI.create(base(granted) + "/" + id + "?done=" + done)).build();
            } catch (PortalException refused) {
                if (refused.error() == ResumptionError.NOT_FOUND) {
                    throw refused;
                }
                return Response.status(refused.error().status()).entity(Templates.application(pages.current(who),
                        service.view(granted, id, locale), refused.error().label(locale), null).setLocale(locale))
                        .build();
            }
        }));
    }

    private Response apply(Viewer who, CaseAccess granted, ResumptionService.Submission submission,
            Function<ResumptionService.Outcome, Response> done, ClueForm keep, Locale locale) throws Exception {
        try {
            return done.apply(service.apply(granted, submission));
        } catch (PortalException refused) {
            if (refused.error() == ResumptionError.NOT_FOUND || refused.error() == ResumptionError.CASE_NOT_TERMINATED) {
                throw refused;
            }
            StringBuilder message = new StringBuilder(refused.error().label(locale));
            refused.fieldErrors().forEach(error -> message.append(' ').append(error.field()).append(": ")
                    .append(error.message()));
            return editorError(who, granted, keep, message.toString(), locale, refused.error().status());
        }
    }

    private Response editorError(Viewer who, CaseAccess granted, ClueForm form, String message, Locale locale) {
        return editorError(who, granted, form, message, locale, 400);
    }

    private Response editorError(Viewer who, CaseAccess granted, ClueForm form, String message, Locale locale,
            int status) {
        return Response.status(status).entity(editorPage(who, service.editor(granted, locale), form, message, null))
                .build();
    }

    private TemplateInstance editorPage(Viewer who, ResumptionEditor editor, ClueForm form, String error, String notice) {
        return Templates.editor(pages.current(who), editor, form, newKey(), newKey(), newKey(), error, notice)
                .setLocale(pages.locale());
    }

    private Response ok(TemplateInstance page) {
        return Response.ok(page.setLocale(pages.locale())).build();
    }

    private static Response newPage(CaseAccess granted, String added) {
        return Response.seeOther(URI.create(base(granted) + "/new?added=" + added)).build();
    }

    private static String base(CaseAccess granted) {
        return "/cases/" + UrlPaths.segment(granted.caseNumber()) + "/resumption";
    }

    /** The form's one-time key; a form posted without one (a hand-made request) gets a fresh key and no replay. */
    private static String key(String posted) {
        return posted == null || posted.isBlank() || posted.length() > 64 ? newKey() : posted.strip();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static String notice(String done, Locale locale) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "clue" -> label(locale, "财产线索已保存。", "The clue was saved.");
            case "evidence" -> label(locale, "证据已上传。", "The evidence was uploaded.");
            case "submitted" -> label(locale, "申请已提交法院。法院应在核查期限内核查您提供的线索。",
                    "The application was sent to the court, which should check your clues within the verification period.");
            case "withdrawn" -> label(locale, "申请已撤回。", "The application was withdrawn.");
            case "answered" -> label(locale, "补充材料已提交,核查期限重新计算。",
                    "Your materials were sent; the verification period starts again.");
            default -> null;
        };
    }

    private static String label(Locale locale, String zh, String en) {
        return org.zhongben.portal.investigations.Label.text(locale, zh, en);
    }
}
