package org.zhongben.portal.records;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.cases.CaseAccessService;
import org.zhongben.portal.cases.CaseError;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.evidence.FileNames;
import org.zhongben.portal.common.i18n.RequestLanguage;

import io.smallrye.mutiny.Uni;

/**
 * Downloads of a case's investigation record, for the case's parties and their lawyers (session cookie or Bearer
 * token): {@code investigation.pdf|csv|json}, the signed {@code bundle.zip} and the creditor's {@code objection.pdf}.
 * Anyone else gets 404. The bytes stream as they are produced.
 */
@Path("/cases/{caseNumber}/records")
@Tag(name = "Records")
@PermitAll
public class RecordResource {

    private final CaseAccessService access;
    private final RecordService records;
    private final CurrentViewer viewer;

    RecordResource(CaseAccessService access, RecordService records, CurrentViewer viewer) {
        this.access = access;
        this.records = records;
        this.viewer = viewer;
    }

    @GET
    @Path("/{file}")
    @Produces(jakarta.ws.rs.core.MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download the investigation record (investigation.pdf, investigation.csv, investigation.json), "
            + "the signed bundle (bundle.zip: all of them, the documents you may open, manifest.json with every file's "
            + "SHA-256 and manifest.sig, the portal's detached JWS of the manifest) or the objection draft (objection.pdf)")
    public RestMulti<byte[]> download(@PathParam("caseNumber") String caseNumber, @PathParam("file") String file,
            HttpHeaders headers) {
        RecordFormat format = RecordFormat.at(file);
        var locale = RequestLanguage.of(headers);
        Uni<RecordService.Issue> issue = format == null
                ? Uni.createFrom().failure(new PortalException(CaseError.NOT_FOUND))
                : viewer.resolve().chain(who -> access.require(who, caseNumber))
                        .chain(granted -> records.issue(granted, format, locale));
        return RestMulti.fromUniResponse(issue, records::content, found -> Map.of(
                "Content-Type", List.of(found.format().contentType()),
                "Content-Disposition", List.of(FileNames.contentDisposition("attachment", found.fileName())),
                "X-Record-Id", List.of(found.id().toString()),
                "X-Content-Type-Options", List.of("nosniff"),
                "Cache-Control", List.of("private, no-store")), found -> 200);
    }
}
