package org.zhongben.portal.records.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalSignerTest {

    private static final String KID = "portal-2026";

    @TempDir
    static Path keys;

    private static PortalSigner signer;
    private static PublicKeys published;

    @BeforeAll
    static void keyPair() {
        KeyPair pair = TestKeys.rsa();
        signer = new PortalSigner(TestKeys.privatePem(keys, pair).toString(), KID);
        published = new PublicKeys(TestKeys.jwks(keys, Map.of(KID, pair)).toString(), KID);
    }

    @Test
    void aSignatureIsACompactJwsWithoutItsPayload() {
        String jws = signer.signDetached("{}".getBytes(StandardCharsets.UTF_8));

        assertThat(jws).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");
        assertThat(TestKeys.header(jws)).containsExactlyInAnyOrderEntriesOf(
                Map.of("alg", "RS256", "kid", KID, "typ", "portal-manifest+jws"));
    }

    @Test
    void theSignatureVerifiesForTheSignedContent() {
        byte[] content = "案号 (2024)京0105执1234号".getBytes(StandardCharsets.UTF_8);

        assertThat(published.verifyDetached(signer.signDetached(content), content)).isTrue();
    }

    @Test
    void emptyContentCanBeSignedButNothingElsePassesForIt() {
        String jws = signer.signDetached(new byte[0]);

        assertThat(published.verifyDetached(jws, new byte[0])).isTrue();
        assertThat(published.verifyDetached(jws, new byte[1])).isFalse();
    }

    @Test
    void theKeyIdIsTheConfiguredOne() {
        assertThat(signer.keyId()).isEqualTo(KID);
    }

    @Test
    void aMissingOrWrongKeyFileStopsTheSigner(@TempDir Path other) {
        KeyPair pair = TestKeys.rsa();
        String publicOnly = TestKeys.publicPem(other, pair).toString();

        assertThatThrownBy(() -> new PortalSigner(other.resolve("missing.pem").toString(), KID))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing.pem");
        assertThatThrownBy(() -> new PortalSigner(publicOnly, KID)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PortalSigner(TestKeys.privatePem(other, pair).toString(), " "))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key-id");
    }
}
