package org.zhongben.portal.records;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.cases.CaseAccessService.CaseAccess;
import org.zhongben.portal.cases.CaseDetail;
import org.zhongben.portal.cases.CaseViewService;
import org.zhongben.portal.cases.ObjectionDraft;
import org.zhongben.portal.common.concurrent.StreamedOutput;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.storage.BlobStore;
import org.zhongben.portal.investigations.InvestigationRecord;
import org.zhongben.portal.records.pdf.Footer;
import org.zhongben.portal.records.pdf.PdfWriter;
import org.zhongben.portal.records.signing.Manifest;
import org.zhongben.portal.records.signing.PortalSigner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Investigation records a party (or its lawyer) downloads: the PDF, CSV and JSON of the case's investigation, and the
 * bundle of all of them with the documents the viewer may open, a manifest of every file's SHA-256 and the portal's
 * detached signature of the manifest. Everything is written as it streams out (one chunk and one blob chunk in
 * memory), and every download is recorded: in the audit log for the creditor to see, and with its file hashes for
 * {@code /verify}.
 */
@ApplicationScoped
public class RecordService {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final DateTimeFormatter WATERMARK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CaseViewService views;
    private final CaseFileStore files;
    private final BlobStore blobs;
    private final PortalSigner signer;
    private final Pool pool;
    private final Clock clock;
    private final ObjectMapper json;
    private final PdfWriter pdf = PdfWriter.withBundledFont();

    RecordService(CaseViewService views, CaseFileStore files, BlobStore blobs, PortalSigner signer, Pool pool,
            Clock clock, ObjectMapper json) {
        this.views = views;
        this.files = files;
        this.blobs = blobs;
        this.signer = signer;
        this.pool = pool;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** One download about to be written: who asked, when, for which case, under which id. */
    public record Issue(UUID id, RecordFormat format, CaseAccess access, CaseDetail view, ObjectionDraft objection,
            OffsetDateTime issuedAt, String issuedTo, Locale locale) {

        public String fileName() {
            return format.fileName(view.caseNumber(), Languages.isEnglish(locale));
        }
    }

    /** Prepares a download of a case the viewer may see (the view is recorded in the audit log as a download). */
    public Uni<Issue> issue(CaseAccess access, RecordFormat format, Locale locale) {
        UUID id = UUID.randomUUID();
        Uni<Optional<ObjectionDraft>> objection = format == RecordFormat.OBJECTION_PDF ? views.objection(access, locale)
                : Uni.createFrom().item(Optional.empty());
        return objection.chain(draft -> views.forRecord(access, locale, "record:" + id).map(view -> {
            if (format == RecordFormat.OBJECTION_PDF && draft.isEmpty()) {
                throw new org.zhongben.portal.common.error.PortalException(
                        org.zhongben.portal.cases.CaseError.NOT_FOUND);
            }
            return new Issue(id, format, access, view, draft.orElse(null), OffsetDateTime.now(clock),
                    issuedTo(access.viewer(), locale), locale);
        }));
    }

    /** The download's bytes, produced on a worker thread as the client reads them. */
    public Multi<byte[]> content(Issue issue) {
        return StreamedOutput.of(out -> write(issue, out));
    }

    void write(Issue issue, OutputStream out) throws IOException {
        Hashing whole = new Hashing(out);
        List<Manifest.Entry> entries = new ArrayList<>();
        String manifestSha256 = null;
        switch (issue.format()) {
            case PDF -> pdf.write(RecordContent.document(issue.view(), issue.locale(), issue.id().toString(),
                    issue.issuedAt()), footer(issue), whole);
            case OBJECTION_PDF -> pdf.write(ObjectionContent.document(issue.objection(), issue.locale()), footer(issue),
                    whole);
            case CSV -> csv(issue, whole);
            case JSON -> json(issue, whole);
            case BUNDLE -> manifestSha256 = bundle(issue, whole, entries);
        }
        whole.flush();
        entries.add(new Manifest.Entry(issue.format().path(), whole.size(), whole.sha256()));
        register(issue, manifestSha256, entries);
    }

    private String bundle(Issue issue, OutputStream out, List<Manifest.Entry> entries) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        entries.add(entry(zip, "investigation.pdf", stream -> pdf.write(RecordContent.document(issue.view(),
                issue.locale(), issue.id().toString(), issue.issuedAt()), footer(issue), stream)));
        entries.add(entry(zip, "investigation.csv", stream -> csv(issue, stream)));
        entries.add(entry(zip, "investigation.json", stream -> json(issue, stream)));
        // documents are PDFs and images, compressed already: deflating them again only costs CPU
        zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
        for (InvestigationRecord.DocumentView document : issue.view().investigation().documents()) {
            Optional<Long> blob = files.documentBlob(issue.access().caseId(), document.id()).await().atMost(TIMEOUT);
            if (blob.isPresent()) {
                String name = "documents/" + document.id() + "-" + safe(document.title()) + ".pdf";
                entries.add(entry(zip, name, stream -> blobs.copyTo(blob.get(), stream)));
            }
        }
        zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        Manifest manifest = new Manifest(issue.id().toString(), issue.view().caseNumber(), issue.issuedAt(),
                issue.issuedTo(), signer.keyId(), List.copyOf(entries));
        byte[] manifestJson = manifest.toJson();
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(manifestJson);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("manifest.sig"));
        zip.write(signer.signDetached(manifestJson).getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(readme(issue).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        return sha256(manifestJson);
    }

    @FunctionalInterface
    private interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    private static Manifest.Entry entry(ZipOutputStream zip, String path, EntryWriter writer) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        Hashing hashing = new Hashing(new NonClosing(zip));
        writer.write(hashing);
        hashing.flush();
        zip.closeEntry();
        return new Manifest.Entry(path, hashing.size(), hashing.sha256());
    }

    private void csv(Issue issue, OutputStream out) throws IOException {
        out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        OutputStreamWriter writer = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(RecordContent.rowHeaders(issue.locale()));
        for (List<String> row : RecordContent.rows(issue.view(), issue.locale())) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    private void json(Issue issue, OutputStream out) throws IOException {
        CaseDetail view = issue.view();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("recordId", issue.id().toString());
        record.put("issuedAt", issue.issuedAt());
        record.put("issuedTo", issue.issuedTo());
        record.put("caseNumber", view.caseNumber());
        record.put("courtName", view.courtName());
        record.put("status", view.status());
        record.put("closing", view.closing());
        record.put("ledger", view.ledger());
        record.put("investigation", view.investigation());
        record.put("coverage", view.coverage());
        record.put("compliance", view.compliance());
        record.put("followUps", view.followUps());
        json.writeValue(new NonClosing(out), record);
    }

    private void register(Issue issue, String manifestSha256, List<Manifest.Entry> entries) {
        Viewer viewer = issue.access().viewer();
        pool.withTransaction(connection -> connection.preparedQuery("""
                INSERT INTO record_bundle (id, case_id, case_number, format, issued_at, issued_to_role, issued_to_label,
                                           key_id, manifest_sha256)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
                .execute(Tuple.tuple(List.of(issue.id(), issue.access().caseId(), issue.view().caseNumber(),
                        issue.format().name(), issue.issuedAt(), viewer.role())).addValue(viewer.toActor().label())
                        .addValue(signer.keyId()).addValue(manifestSha256))
                .chain(() -> connection.preparedQuery(
                        "INSERT INTO record_bundle_file (bundle_id, path, size, sha256) VALUES ($1, $2, $3, $4)")
                        .executeBatch(entries.stream()
                                .map(entry -> Tuple.of(issue.id(), entry.path(), entry.size(), entry.sha256())).toList())))
                .await().atMost(TIMEOUT);
    }

    private static Footer footer(Issue issue) {
        boolean en = Languages.isEnglish(issue.locale());
        String when = issue.issuedAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).format(WATERMARK_TIME);
        String watermark = en
                ? "Downloaded by " + issue.issuedTo() + " · " + when + " · record " + issue.id()
                : "下载人 " + issue.issuedTo() + " · " + when + " · 记录编号 " + issue.id();
        return new Footer(watermark, en ? Footer.EN_PAGE_LABEL : Footer.ZH_PAGE_LABEL);
    }

    /** The downloader as the watermark and the manifest name them: name and role. */
    static String issuedTo(Viewer viewer, Locale locale) {
        String name = viewer.displayName() == null ? "" : viewer.displayName();
        return name + "(" + org.zhongben.portal.cases.CaseViewService.roleLabel(viewer.role(),
                Languages.isEnglish(locale)) + ")";
    }

    private static String readme(Issue issue) {
        return """
                调查记录证据包 / Investigation record bundle
                记录编号 / Record: %s
                案号 / Case: %s

                manifest.json 列出包内每个文件的大小和 SHA-256;manifest.sig 是门户密钥对 manifest.json 的分离签名
                (JWS, RFC 7515 附录 F)。公钥见 /.well-known/portal-keys.json。可在门户 /verify 页面上传 manifest.json 和
                manifest.sig 核验。

                manifest.json lists every file with its size and SHA-256; manifest.sig is the portal's detached signature
                of manifest.json (JWS, RFC 7515 appendix F). Public keys: /.well-known/portal-keys.json. Check it by
                uploading manifest.json and manifest.sig at /verify on the portal.
                """.formatted(issue.id(), issue.view().caseNumber());
    }

    /** A name safe inside a ZIP on every system: no separators or control characters, at most 60 characters. */
    static String safe(String title) {
        String cleaned = title == null ? "document" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned.isEmpty() ? "document" : cleaned;
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts and hashes what passes through. */
    static final class Hashing extends DigestOutputStream {

        private long size;

        Hashing(OutputStream out) {
            super(out, digest());
        }

        @Override
        public void write(int b) throws IOException {
            super.write(b);
            size++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            super.write(bytes, offset, length);
            size += length;
        }

        long size() {
            return size;
        }

        String sha256() {
            return HexFormat.of().formatHex(getMessageDigest().digest());
        }
    }

    /** Libraries close the stream they were given; the ZIP entry or the response must stay open. */
    static final class NonClosing extends FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
