package org.zhongben.portal.records.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestVerificationTest {

    @TempDir
    static Path directory;

    private static PortalSigner signer;
    private static PublicKeys keys;

    @BeforeAll
    static void keyPair() {
        KeyPair pair = TestKeys.rsa();
        signer = new PortalSigner(TestKeys.privatePem(directory, pair).toString(), "portal-2026");
        keys = new PublicKeys(TestKeys.jwks(directory, Map.of("portal-2026", pair)).toString(), "portal-2026");
    }

    @Test
    void aSignedManifestIsValidAndRead() {
        byte[] json = ManifestTest.sample().toJson();

        ManifestVerification.Result result = ManifestVerification.check(json, signer.signDetached(json), keys);

        assertThat(result).isEqualTo(new ManifestVerification.Result(true, ManifestTest.sample()));
    }

    @Test
    void anEditedManifestIsReadButNotValid() {
        byte[] json = ManifestTest.sample().toJson();
        String signature = signer.signDetached(json);
        byte[] edited = new String(json, StandardCharsets.UTF_8).replace("1024", "1025").getBytes(StandardCharsets.UTF_8);

        ManifestVerification.Result result = ManifestVerification.check(edited, signature, keys);

        assertThat(result.signatureValid()).isFalse();
        assertThat(result.manifest().files().get(0).size()).isEqualTo(1025);
    }

    @Test
    void reformattingASignedManifestBreaksTheSignature() {
        byte[] json = ManifestTest.sample().toJson();
        String signature = signer.signDetached(json);
        byte[] withoutFinalNewline = Arrays.copyOf(json, json.length - 1);

        assertThat(ManifestVerification.check(withoutFinalNewline, signature, keys))
                .isEqualTo(new ManifestVerification.Result(false, ManifestTest.sample()));
    }

    @Test
    void signedBytesThatAreNoManifestAreValidButUnread() {
        byte[] notAManifest = "{\"hello\":1}".getBytes(StandardCharsets.UTF_8);

        assertThat(ManifestVerification.check(notAManifest, signer.signDetached(notAManifest), keys))
                .isEqualTo(new ManifestVerification.Result(true, null));
    }

    @Test
    void missingPartsAreNeitherValidNorRead() {
        byte[] json = ManifestTest.sample().toJson();

        assertThat(ManifestVerification.check(null, "x..y", keys)).isEqualTo(new ManifestVerification.Result(false, null));
        assertThat(ManifestVerification.check(json, null, keys).signatureValid()).isFalse();
        assertThat(ManifestVerification.check(json, "garbage", keys).signatureValid()).isFalse();
        assertThat(ManifestVerification.check(json, signer.signDetached(json), null).signatureValid()).isFalse();
    }

    @Test
    void aFileIsFoundByItsHashInEitherCase() {
        Manifest manifest = ManifestTest.sample();

        assertThat(ManifestVerification.entryFor(manifest, ManifestTest.SHA_B)).map(Manifest.Entry::path)
                .contains("evidence/银行流水.pdf");
        assertThat(ManifestVerification.entryFor(manifest, ManifestTest.SHA_A.toUpperCase(Locale.ROOT)))
                .map(Manifest.Entry::path).contains("case.pdf");
        assertThat(ManifestVerification.entryFor(manifest, "0".repeat(64))).isEmpty();
        assertThat(ManifestVerification.entryFor(manifest, null)).isEmpty();
        assertThat(ManifestVerification.entryFor(null, ManifestTest.SHA_A)).isEmpty();
    }
}
