package org.zhongben.portal.resumption;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestMulti;
import org.zhongben.portal.common.evidence.FileNames;

import io.smallrye.mutiny.Uni;

/**
 * The answer to an evidence download: the bytes streamed chunk by chunk, a safe file name, and headers that keep a
 * browser from running anything in it (the type is the one found in the content, {@code nosniff}, a sandbox). The
 * SHA-256 travels as {@code Repr-Digest}, so a lawyer's tool can check the file it received against the page.
 */
final class EvidenceDownload {

    private EvidenceDownload() {
    }

    static RestMulti<byte[]> of(Uni<ResumptionService.EvidenceFile> file, ResumptionService service) {
        return RestMulti.fromUniResponse(file, service::content, EvidenceDownload::headers, found -> 200);
    }

    private static Map<String, List<String>> headers(ResumptionService.EvidenceFile file) {
        return Map.of("Content-Type", List.of(file.contentType()),
                "Content-Length", List.of(Long.toString(file.size())),
                "Content-Disposition", List.of(FileNames.contentDisposition("attachment", file.fileName())),
                "X-Content-Type-Options", List.of("nosniff"),
                "Content-Security-Policy", List.of("sandbox; default-src 'none'"),
                "Cache-Control", List.of("private, no-store"),
                "Repr-Digest", List.of("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256()))
                        + ":"));
    }
}
