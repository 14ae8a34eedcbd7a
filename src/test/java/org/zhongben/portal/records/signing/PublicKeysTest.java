package org.zhongben.portal.records.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.jwt.util.KeyUtils;

/**
 * Verification of manifest signatures: only an RS256 signature of exactly these bytes, in the manifest format, by the
 * published key its kid names, passes; everything else is {@code false}, never an exception.
 */
class PublicKeysTest {

    private static final String KID = "portal-2026";
    private static final byte[] CONTENT = """
            {
              "bundleId" : "b-1",
              "caseNumber" : "(2024)京0105执1234号",
              "files" : [ ]
            }
            """.getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path directory;

    private static KeyPair pair;
    private static Path jwksFile;
    private static PortalSigner signer;
    private static PublicKeys keys;

    @BeforeAll
    static void keyPair() {
        pair = TestKeys.rsa();
        jwksFile = TestKeys.jwks(directory, Map.of(KID, pair));
        signer = new PortalSigner(TestKeys.privatePem(directory, pair).toString(), KID);
        keys = new PublicKeys(jwksFile.toString(), KID);
    }

    @Test
    void aSignatureOfTheContentVerifies() {
        assertThat(keys.verifyDetached(signer.signDetached(CONTENT), CONTENT)).isTrue();
    }

    @Test
    void changingAnySingleByteOfTheContentBreaksTheSignature() {
        String jws = signer.signDetached(CONTENT);
        int last = CONTENT.length - 1;
        for (int position : new int[] { 0, 1, 7, CONTENT.length / 2, last - 1, last }) {
            for (int bit : new int[] { 0x01, 0x80 }) {
                byte[] changed = CONTENT.clone();
                changed[position] ^= (byte) bit;
                assertThat(keys.verifyDetached(jws, changed)).as("byte %d, bit %x", position, bit).isFalse();
            }
        }
    }

    @Test
    void addingOrRemovingBytesBreaksTheSignature() {
        String jws = signer.signDetached(CONTENT);
        byte[] longer = Arrays.copyOf(CONTENT, CONTENT.length + 1);
        byte[] shorter = Arrays.copyOf(CONTENT, CONTENT.length - 1);

        assertThat(keys.verifyDetached(jws, longer)).isFalse();
        assertThat(keys.verifyDetached(jws, shorter)).isFalse();
        assertThat(keys.verifyDetached(jws, new byte[0])).isFalse();
    }

    @Test
    void changingAnyByteOfTheSignatureBreaksIt() {
        String jws = signer.signDetached(CONTENT);
        String header = jws.substring(0, jws.indexOf('.'));
        byte[] signature = Base64.getUrlDecoder().decode(jws.substring(jws.lastIndexOf('.') + 1));
        for (int position : new int[] { 0, 1, signature.length / 2, signature.length - 1 }) {
            byte[] changed = signature.clone();
            changed[position] ^= 0x01;
            assertThat(keys.verifyDetached(header + ".." + TestKeys.base64Url(changed), CONTENT))
                    .as("byte %d", position).isFalse();
        }
        assertThat(keys.verifyDetached(header + "..", CONTENT)).isFalse();
    }

    @Test
    void aSignatureByAnotherKeyUnderTheSameKeyIdIsRefused(@TempDir Path other) {
        PortalSigner impostor = new PortalSigner(TestKeys.privatePem(other, TestKeys.rsa()).toString(), KID);

        assertThat(keys.verifyDetached(impostor.signDetached(CONTENT), CONTENT)).isFalse();
    }

    @Test
    void aSignatureUnderAnUnknownKeyIdIsRefused() {
        String jws = TestKeys.detached(pair.getPrivate(),
                Map.of("alg", "RS256", "kid", "someone-else", "typ", PortalSigner.TYPE), CONTENT);
        String withoutKid = TestKeys.detached(pair.getPrivate(), Map.of("alg", "RS256", "typ", PortalSigner.TYPE),
                CONTENT);

        assertThat(keys.verifyDetached(jws, CONTENT)).isFalse();
        assertThat(keys.verifyDetached(withoutKid, CONTENT)).isFalse();
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        String header = TestKeys.base64Url("{\"alg\":\"none\",\"kid\":\"" + KID + "\",\"typ\":\"" + PortalSigner.TYPE
                + "\"}");
        String validSignature = signer.signDetached(CONTENT);

        assertThat(keys.verifyDetached(header + "..", CONTENT)).isFalse();
        assertThat(keys.verifyDetached(header + ".." + validSignature.substring(validSignature.lastIndexOf('.') + 1),
                CONTENT)).isFalse();
    }

    /** The classic confusion: an HMAC "signed" with public material the attacker has, hoping it is used as a secret. */
    @Test
    void hmacTokensKeyedWithPublicMaterialAreRefused() throws Exception {
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        List<byte[]> secrets = List.of(publicKey.getEncoded(),
                TestKeys.pem("PUBLIC KEY", publicKey).getBytes(StandardCharsets.US_ASCII),
                keys.jwks().getBytes(StandardCharsets.UTF_8), publicKey.getModulus().toByteArray(),
                KID.getBytes(StandardCharsets.UTF_8));
        for (String alg : new String[] { "HS256", "HS384", "HS512" }) {
            for (byte[] secret : secrets) {
                String header = TestKeys.base64Url("{\"alg\":\"" + alg + "\",\"kid\":\"" + KID + "\",\"typ\":\""
                        + PortalSigner.TYPE + "\"}");
                Mac mac = Mac.getInstance("Hmac" + "SHA" + alg.substring(2));
                mac.init(new SecretKeySpec(secret, mac.getAlgorithm()));
                byte[] signature = mac.doFinal((header + "." + TestKeys.base64Url(CONTENT))
                        .getBytes(StandardCharsets.US_ASCII));
                assertThat(keys.verifyDetached(header + ".." + TestKeys.base64Url(signature), CONTENT)).as(alg)
                        .isFalse();
            }
        }
        String viaJose = TestKeys.detached(new HmacKey(publicKey.getEncoded()),
                Map.of("alg", "HS256", "kid", KID, "typ", PortalSigner.TYPE), CONTENT);
        assertThat(keys.verifyDetached(viaJose, CONTENT)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "RS384", "RS512", "PS256" })
    void otherRsaAlgorithmsWithTheRightKeyAreRefused(String alg) {
        String jws = TestKeys.detached(pair.getPrivate(), Map.of("alg", alg, "kid", KID, "typ", PortalSigner.TYPE),
                CONTENT);

        assertThat(keys.verifyDetached(jws, CONTENT)).isFalse();
    }

    /** The same key signs session tokens; none of them, nor any other use of the key, may pass for a manifest. */
    @Test
    void aSignatureOfAnotherTypeIsRefused() {
        String token = TestKeys.detached(pair.getPrivate(), Map.of("alg", "RS256", "kid", KID, "typ", "JWT"), CONTENT);
        String untyped = TestKeys.detached(pair.getPrivate(), Map.of("alg", "RS256", "kid", KID), CONTENT);

        assertThat(keys.verifyDetached(token, CONTENT)).isFalse();
        assertThat(keys.verifyDetached(untyped, CONTENT)).isFalse();
    }

    @Test
    void aJwsWithItsPayloadInsideIsNotADetachedSignature() throws Exception {
        JsonWebSignature attached = new JsonWebSignature();
        attached.setAlgorithmHeaderValue("RS256");
        attached.setKeyIdHeaderValue(KID);
        attached.setHeader("typ", PortalSigner.TYPE);
        attached.setPayloadBytes(CONTENT);
        attached.setKey(pair.getPrivate());

        assertThat(keys.verifyDetached(attached.getCompactSerialization(), CONTENT)).isFalse();
    }

    @Test
    void unencodedPayloadsAndCriticalHeadersAreRefused() throws Exception {
        String typed = ",\"kid\":\"" + KID + "\",\"typ\":\"" + PortalSigner.TYPE + "\"";
        // RFC 7797: signed over the raw bytes instead of their base64url form
        String unencoded = TestKeys.base64Url("{\"alg\":\"RS256\"" + typed + ",\"b64\":false,\"crit\":[\"b64\"]}");
        String critical = TestKeys.base64Url("{\"alg\":\"RS256\"" + typed + ",\"crit\":[\"exp\"],\"exp\":1}");

        assertThat(keys.verifyDetached(unencoded + ".." + rs256(unencoded + "." + new String(CONTENT,
                StandardCharsets.UTF_8)), CONTENT)).isFalse();
        assertThat(keys.verifyDetached(critical + ".." + rs256(critical + "." + TestKeys.base64Url(CONTENT)), CONTENT))
                .isFalse();
        // the same construction with an ordinary header passes, so the refusals above are about the headers
        String plain = TestKeys.base64Url("{\"alg\":\"RS256\"" + typed + "}");
        assertThat(keys.verifyDetached(plain + ".." + rs256(plain + "." + TestKeys.base64Url(CONTENT)), CONTENT))
                .isTrue();
    }

    private static String rs256(String signingInput) throws GeneralSecurityException {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pair.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.UTF_8));
        return TestKeys.base64Url(rsa.sign());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", ".", "..", "...", "a.b.c", "a..b", "a..b..c", "!!!..!!!", "e30..", "e30..e30",
            "W10..AAAA", "bnVsbA..AAAA", "eyJhbGciOiJSUzI1NiJ9..", "eyJhbGciOiJSUzI1NiIsImtpZCI6MX0..AAAA",
            "eyJhbGciOiJSUzI1NiIsImtpZCI6WzFdfQ..AAAA", "eyJhbGciOiJSUzI1NiIsImtpZCI6bnVsbH0..AAAA", "中文..签名",
            "\u0000..\u0000", "eyJ..", "eyJhbGciOiJSUzI1NiJ9.e30.", "eyJhbGciOiJSUzI1NiJ9..%%%%" })
    void garbageIsFalseNotAnException(String garbage) {
        assertThat(keys.verifyDetached(garbage, CONTENT)).isFalse();
    }

    @Test
    void missingOrHugeInputIsFalse() {
        String jws = signer.signDetached(CONTENT);

        assertThat(keys.verifyDetached(null, CONTENT)).isFalse();
        assertThat(keys.verifyDetached(jws, null)).isFalse();
        assertThat(keys.verifyDetached("a".repeat(10_000_000), CONTENT)).isFalse();
        assertThat(keys.verifyDetached(TestKeys.base64Url("[".repeat(12_000)) + "..AAAA", CONTENT)).isFalse();
        String headerOfValid = jws.substring(0, jws.indexOf('.'));
        assertThat(keys.verifyDetached(headerOfValid + ".." + "A".repeat(20_000), CONTENT)).isFalse();
    }

    @Test
    void thePublishedJwksHasTheKeyIdAndNoPrivateParts(@TempDir Path other) throws Exception {
        // an operator's mistake: the JWKS file carries the private key too
        String withPrivate = new JsonWebKeySet(TestKeys.jwk(pair, KID))
                .toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
        assertThat(withPrivate).contains("\"d\"");
        PublicKeys fromLeakyFile = new PublicKeys(TestKeys.write(other.resolve("leaky.json"), withPrivate).toString(),
                KID);

        for (String json : new String[] { keys.jwks(), fromLeakyFile.jwks() }) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> published = (List<Map<String, Object>>) JsonUtil.parseJson(json).get("keys");
            assertThat(published).hasSize(1);
            assertThat(published.get(0)).containsOnlyKeys("kty", "kid", "use", "alg", "n", "e")
                    .containsEntry("kid", KID).containsEntry("use", "sig").containsEntry("alg", "RS256")
                    .doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
        }
        assertThat(fromLeakyFile.verifyDetached(signer.signDetached(CONTENT), CONTENT)).isTrue();
    }

    @Test
    void aPemPublicKeyIsPublishedAsAJwksUnderTheCurrentKeyId(@TempDir Path other) throws Exception {
        PublicKeys fromPem = new PublicKeys(TestKeys.publicPem(other, pair).toString(), KID);

        JsonWebKeySet set = new JsonWebKeySet(fromPem.jwks());
        assertThat(set.getJsonWebKeys()).singleElement().satisfies(jwk -> {
            assertThat(jwk.getKeyId()).isEqualTo(KID);
            assertThat(jwk.getUse()).isEqualTo("sig");
            assertThat(jwk.getAlgorithm()).isEqualTo("RS256");
            assertThat(jwk.getKey()).isEqualTo(pair.getPublic());
        });
        assertThat(fromPem.verifyDetached(signer.signDetached(CONTENT), CONTENT)).isTrue();
        assertThat(fromPem.jwks()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void thePemFormIsTheSameKey() throws GeneralSecurityException {
        assertThat(keys.pem()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(KeyUtils.decodePublicKey(keys.pem())).isEqualTo(pair.getPublic());
    }

    @Test
    void duringARotationSignaturesOfTheOldAndTheNewKeyVerify(@TempDir Path other) throws IOException {
        KeyPair next = TestKeys.rsa();
        Map<String, KeyPair> both = new LinkedHashMap<>();
        both.put(KID, pair);
        both.put("portal-2027", next);
        PublicKeys rotating = new PublicKeys(TestKeys.jwks(other, both).toString(), "portal-2027");
        Path nextKeyDirectory = other.resolve("next");
        PortalSigner nextSigner = new PortalSigner(
                TestKeys.privatePem(Files.createDirectories(nextKeyDirectory), next).toString(), "portal-2027");

        assertThat(rotating.verifyDetached(signer.signDetached(CONTENT), CONTENT)).isTrue();
        assertThat(rotating.verifyDetached(nextSigner.signDetached(CONTENT), CONTENT)).isTrue();
        assertThat(rotating.pem().split("-----BEGIN PUBLIC KEY-----", -1)).hasSize(3);
        // a signature by the new key that claims the old kid does not verify
        PortalSigner mislabelled = new PortalSigner(nextKeyDirectory.resolve("signing-key.pem").toString(), KID);
        assertThat(rotating.verifyDetached(mislabelled.signDetached(CONTENT), CONTENT)).isFalse();
    }

    @Test
    void aJwksKeyWithoutKeyIdIsTheCurrentKey(@TempDir Path other) {
        String jwks = keys.jwks().replace("\"kid\":\"" + KID + "\",", "");
        assertThat(jwks).doesNotContain("kid");

        PublicKeys anonymous = new PublicKeys(TestKeys.write(other.resolve("keys.json"), jwks).toString(), KID);

        assertThat(anonymous.jwks()).contains("\"kid\":\"" + KID + "\"");
        assertThat(anonymous.verifyDetached(signer.signDetached(CONTENT), CONTENT)).isTrue();
    }

    @Test
    void keyFilesThatCannotVerifyTheCurrentKeyStopTheStart(@TempDir Path other) {
        List<String> broken = new ArrayList<>();
        broken.add(other.resolve("missing.json").toString());
        broken.add(TestKeys.write(other.resolve("empty.json"), " \n").toString());
        broken.add(TestKeys.write(other.resolve("not-json.json"), "{ keys").toString());
        broken.add(TestKeys.write(other.resolve("no-keys.json"), "{\"keys\":[]}").toString());
        broken.add(TestKeys.write(other.resolve("private.pem"), TestKeys.pem("PRIVATE KEY", pair.getPrivate()))
                .toString());
        broken.add(TestKeys.write(other.resolve("two.pem"), TestKeys.pem("PUBLIC KEY", pair.getPublic())
                + TestKeys.pem("PUBLIC KEY", pair.getPublic())).toString());
        broken.add(TestKeys.write(other.resolve("garbage.pem"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
                .toString());
        for (String location : broken) {
            assertThatThrownBy(() -> new PublicKeys(location, KID)).as(location)
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> new PublicKeys(jwksFile.toString(), "another-kid"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another-kid");
        String twice = "{\"keys\":[" + jwkJson() + "," + jwkJson() + "]}";
        assertThatThrownBy(() -> new PublicKeys(TestKeys.write(other.resolve("twice.json"), twice).toString(), KID))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }

    @Test
    void aSignatureMadeWithJose4jDirectlyVerifies() throws Exception {
        // the format is plain RFC 7515: a third-party library's detached RS256 JWS is accepted
        String jws = TestKeys.detached(pair.getPrivate(), Map.of("alg", "RS256", "kid", KID, "typ", PortalSigner.TYPE),
                CONTENT);

        assertThat(keys.verifyDetached(jws, CONTENT)).isTrue();
    }

    private static String jwkJson() {
        String jwks = keys.jwks();
        return jwks.substring(jwks.indexOf('[') + 1, jwks.lastIndexOf(']'));
    }

}
