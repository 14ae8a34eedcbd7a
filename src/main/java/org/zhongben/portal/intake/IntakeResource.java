package org.zhongben.portal.intake;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.io.output.DeferredFileOutputStream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.web.UploadSpool;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * The court intake API: how case files enter the portal. A court-system client (token from
 * {@code /api/v1/auth/court-token}) writes and reads back only its own court's cases.
 */
@Path("/api/v1/intake/cases")
@Tag(name = "Court intake")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.COURT_SYSTEM)
public class IntakeResource {

    public static final String NDJSON = "application/x-ndjson";
    private static final int SPOOL_IN_MEMORY = 1024 * 1024;

    private final IntakeService intake;
    private final IntakeReadService reads;
    private final DocumentIntake documents;
    private final IntakeConfig config;
    private final JsonWebToken token;
    private final UploadSpool uploads;

    IntakeResource(IntakeService intake, IntakeReadService reads, DocumentIntake documents, IntakeConfig config,
            JsonWebToken token, UploadSpool uploads) {
        this.intake = intake;
        this.reads = reads;
        this.documents = documents;
        this.config = config;
        this.token = token;
        this.uploads = uploads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Store one case file", description = "Creates the case (201) or replaces it with a newer "
            + "version (200). A version not above the stored one is refused (409); an invalid file answers 400 with "
            + "one error per field. New parties' query codes are returned once. Format: /docs/example-case-file.json")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseFile.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = IntakeResult.class)))
    public Response storeOne(InputStream body, HttpHeaders headers) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxLineSize().asLongValue()) + 1);
        if (bytes.length > config.maxLineSize().asLongValue()) {
            throw new PortalException(IntakeError.LINE_TOO_LONG);
        }
        IntakeResult result = intake.storeOne(court(), bytes, locale(headers));
        if (!result.accepted()) {
            throw new PortalException(errorOf(result), result.detail(), result.errors(), null);
        }
        return Response.status(result.status()).entity(result).build();
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Blocking
    @Operation(summary = "Store a stream of case files", description = "One case file per line (NDJSON). Each line "
            + "is stored or refused on its own; the answer has one result line per case file, in order, then a "
            + "summary line. Streams of any length are processed in bounded memory.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(implementation = CaseFile.class)))
    public Response storeStream(InputStream body, HttpHeaders headers) throws IOException {
        // answers are spooled until the whole request is read, so a client that sends before it reads never
        // deadlocks against us; memory stays bounded because large answers spill to a temporary file
        DeferredFileOutputStream spool = DeferredFileOutputStream.builder().setThreshold(SPOOL_IN_MEMORY)
                .setPrefix("intake-").setSuffix(".ndjson").get();
        try (spool) {
            intake.storeStream(court(), body, spool, locale(headers));
        } catch (IOException | RuntimeException e) {
            deleteSpool(spool);
            throw e;
        }
        StreamingOutput answer = out -> {
            try {
                spool.writeTo(out);
            } finally {
                deleteSpool(spool);
            }
        };
        return Response.ok(answer, NDJSON).build();
    }

    @GET
    @Path("/{caseNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read back a stored case file", description = "The case file as stored, with full ID "
            + "numbers. Another court's case answers 404.")
    public Uni<Response> read(@PathParam("caseNumber") String caseNumber) {
        return reads.read(court(), caseNumber)
                .map(file -> Response.ok(file).tag(Long.toString(file.version())).build());
    }

    @PUT
    @Path("/{caseNumber}/documents/{documentId}")
    @Consumes({ "application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Upload a document's content", description = "The document must be declared in the stored "
            + "case file; the content must match its declared SHA-256 and be a PDF, JPEG or PNG (decided by the "
            + "bytes). Stored whole or not at all.")
    public DocumentIntake.Uploaded upload(@PathParam("caseNumber") String caseNumber,
            @PathParam("documentId") String documentId, InputStream body) throws IOException {
        return documents.upload(court(), caseNumber, documentId, body);
    }

    private String court() {
        String court = token.getClaim(Roles.COURT_CLAIM);
        if (court == null) {
            throw new PortalException(org.zhongben.portal.common.error.CommonError.FORBIDDEN);
        }
        return court;
    }

    private static Locale locale(HttpHeaders headers) {
        return Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static IntakeError errorOf(IntakeResult result) {
        for (IntakeError error : IntakeError.values()) {
            if (error.code().equals(result.code())) {
                return error;
            }
        }
        return IntakeError.INVALID_CASE_FILE;
    }

    private static void deleteSpool(DeferredFileOutputStream spool) {
        File file = spool.getFile();
        if (file != null) {
            try {
                Files.deleteIfExists(file.toPath());
            } catch (IOException ignored) {
                file.deleteOnExit();
            }
        }
    }

}
