package org.zhongben.portal.records;

import java.io.IOException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.common.concurrent.Offload;
import org.zhongben.portal.common.web.PageContext;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * Anyone can check a record: upload a bundle's manifest.json with manifest.sig, or any single file, or give a record
 * id and a SHA-256. The page and the API answer the same, and never name a person.
 */
@Path("/")
@PermitAll
public class VerifyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(PageContext page, Verification result, String formatLabel,
                String roleLabel);
    }

    /** A record id and a hash, for clients that hash the file themselves. */
    public record HashRequest(String recordId, String sha256) {
    }

    private final VerificationService verification;
    private final PageContexts pages;
    private final CurrentViewer viewer;

    VerifyPage(VerificationService verification, PageContexts pages, CurrentViewer viewer) {
        this.verification = verification;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    @Path("verify")
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> form() {
        return viewer.resolve()
                .map(who -> Templates.verify(pages.current(who), null, null, null).setLocale(pages.locale()));
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> check(@RestForm("manifest") FileUpload manifest,
            @RestForm("signature") FileUpload signature, @RestForm("file") FileUpload file, @RestForm String recordId,
            @RestForm String sha256) {
        return viewer.resolve().chain(who -> Offload.toWorker(() -> verify(manifest, signature, file, recordId, sha256))
                .map(result -> page(who, result)));
    }

    @POST
    @Path("api/v1/records/verify")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Records")
    @Operation(summary = "Check a record: parts 'manifest' + 'signature' (a bundle's manifest.json and manifest.sig), or "
            + "'file' (any file the portal handed out), or fields 'recordId' + 'sha256'", description = "outcome: "
                    + "ISSUED, TAMPERED (the signature does not match the manifest) or UNKNOWN. No sign-in needed; no "
                    + "personal data is returned.")
    public Uni<Verification> checkApi(@RestForm("manifest") FileUpload manifest,
            @RestForm("signature") FileUpload signature, @RestForm("file") FileUpload file, @RestForm String recordId,
            @RestForm String sha256) {
        return Offload.toWorker(() -> verify(manifest, signature, file, recordId, sha256));
    }

    @POST
    @Path("api/v1/records/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Records")
    @Operation(summary = "Check a record by its id and the SHA-256 of one of its files")
    public Uni<Verification> checkHash(HashRequest request) {
        return Offload.toWorker(() -> verification.hash(request == null ? null : request.recordId(),
                request == null ? null : request.sha256()));
    }

    /** The result page, with the kind of record and the downloader's role named in the reader's language. */
    private TemplateInstance page(org.zhongben.portal.accounts.Viewer who, Verification result) {
        java.util.Locale locale = pages.locale();
        boolean en = org.zhongben.portal.common.i18n.Languages.isEnglish(locale);
        String formatLabel = result.format() == null ? null : RecordFormat.valueOf(result.format()).label(en);
        String roleLabel = result.issuedToRole() == null ? null
                : org.zhongben.portal.cases.CaseViewService.roleLabel(result.issuedToRole(), en);
        return Templates.verify(pages.current(who), result, formatLabel, roleLabel).setLocale(locale);
    }

    private Verification verify(FileUpload manifest, FileUpload signature, FileUpload file, String recordId,
            String sha256) throws IOException {
        if (present(manifest)) {
            return verification.manifest(VerificationService.small(manifest.uploadedFile()),
                    present(signature) ? VerificationService.text(signature.uploadedFile()) : null);
        }
        if (present(file)) {
            return verification.file(file.uploadedFile());
        }
        return verification.hash(recordId, sha256);
    }

    private static boolean present(FileUpload upload) {
        return upload != null && upload.uploadedFile() != null && upload.size() > 0;
    }
}
