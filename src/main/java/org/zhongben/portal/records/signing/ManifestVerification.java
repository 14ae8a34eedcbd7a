package org.zhongben.portal.records.signing;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks a bundle's {@code manifest.json} against its {@code manifest.sig}, and finds the entry of a file by its
 * SHA-256. Pure: the keys are passed in, nothing is read or remembered.
 */
public final class ManifestVerification {

    private ManifestVerification() {
    }

    /**
     * {@code signatureValid}: the signature is a portal signature of exactly these bytes; {@code manifest}: the parsed
     * manifest, or {@code null} when the bytes are not one. Only a valid signature makes the manifest trustworthy.
     */
    public record Result(boolean signatureValid, Manifest manifest) {
    }

    public static Result check(byte[] manifestJson, String signature, PublicKeys keys) {
        if (manifestJson == null) {
            return new Result(false, null);
        }
        boolean valid = keys != null && keys.verifyDetached(signature, manifestJson);
        Manifest manifest;
        try {
            manifest = Manifest.parse(manifestJson);
        } catch (MalformedManifestException e) {
            manifest = null;
        }
        return new Result(valid, manifest);
    }

    /** The first entry with that SHA-256 (hex, either case), if the manifest lists one. */
    public static Optional<Manifest.Entry> entryFor(Manifest manifest, String sha256) {
        if (manifest == null || sha256 == null) {
            return Optional.empty();
        }
        String wanted = sha256.strip().toLowerCase(Locale.ROOT);
        return manifest.files().stream().filter(entry -> entry.sha256().equals(wanted)).findFirst();
    }
}
