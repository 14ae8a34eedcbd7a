package org.zhongben.portal.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.records.signing.Manifest;
import org.zhongben.portal.records.signing.PublicKeys;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Checks whether a manifest, a single file, or a record id with a hash was issued by the portal. A manifest must carry
 * a valid signature by a published key and match the manifest recorded at download time; a file must have the
 * SHA-256 of a file the portal handed out. Blocking (hashing uploads, database): call it from a worker thread.
 */
@ApplicationScoped
public class VerificationService {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final long MAX_MANIFEST_BYTES = 1024 * 1024;

    private final Pool pool;
    private final PublicKeys keys;

    VerificationService(Pool pool, PublicKeys keys) {
        this.pool = pool;
        this.keys = keys;
    }

    /** A bundle's manifest.json with its manifest.sig. */
    public Verification manifest(byte[] manifestJson, String signature) {
        boolean valid = signature != null && keys.verifyDetached(signature.strip(), manifestJson);
        if (!valid) {
            return new Verification("TAMPERED", false, null, null, null, null, null, null);
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(manifestJson);
        } catch (RuntimeException malformed) {
            return Verification.unknown(true);
        }
        RowSet<Row> rows = pool.preparedQuery("""
                SELECT id, issued_at, case_number, format, issued_to_role FROM record_bundle
                WHERE id = $1 AND manifest_sha256 = $2""")
                .execute(Tuple.of(uuid(manifest.bundleId()), RecordService.sha256(manifestJson)))
                .await().atMost(RecordService.TIMEOUT);
        return rows.rowCount() == 0 ? Verification.unknown(true) : issued(rows.iterator().next(), true, "manifest.json");
    }

    /** Any single file: the record itself, the bundle, or a file taken out of the bundle. */
    public Verification file(Path file) throws IOException {
        MessageDigest digest = RecordService.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return hash(null, HexFormat.of().formatHex(digest.digest()));
    }

    /** A record id (optional) and the SHA-256 of one of its files. */
    public Verification hash(String recordId, String sha256) {
        String hash = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(hash).matches()) {
            return Verification.unknown(null);
        }
        UUID id = recordId == null || recordId.isBlank() ? null : uuid(recordId.strip());
        if (recordId != null && !recordId.isBlank() && id == null) {
            return Verification.unknown(null);
        }
        RowSet<Row> rows = pool.preparedQuery("""
                SELECT b.id, b.issued_at, b.case_number, b.format, b.issued_to_role, f.path FROM record_bundle_file f
                JOIN record_bundle b ON b.id = f.bundle_id
                WHERE f.sha256 = $1 AND ($2::uuid IS NULL OR f.bundle_id = $2) ORDER BY b.issued_at LIMIT 1""")
                .execute(Tuple.of(hash, id)).await().atMost(RecordService.TIMEOUT);
        if (rows.rowCount() == 0) {
            return Verification.unknown(null);
        }
        Row row = rows.iterator().next();
        return issued(row, null, row.getString("path"));
    }

    /** The bytes of a small upload (a manifest), refusing anything larger than a manifest can be. */
    static byte[] small(Path file) throws IOException {
        if (Files.size(file) > MAX_MANIFEST_BYTES) {
            return new byte[0];
        }
        return Files.readAllBytes(file);
    }

    static String text(Path file) throws IOException {
        return new String(small(file), StandardCharsets.US_ASCII);
    }

    private static Verification issued(Row row, Boolean signatureValid, String path) {
        return new Verification("ISSUED", signatureValid, row.getUUID("id").toString(),
                row.getOffsetDateTime("issued_at"), row.getString("case_number"), row.getString("format"),
                row.getString("issued_to_role"), path);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return null;
        }
    }
}
