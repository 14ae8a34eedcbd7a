package org.zhongben.portal.records.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.base64url.Base64Url;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.util.KeyUtils;

/** The published keys, read anonymously, verify what the running portal signs, checked with jose4j alone. */
@QuarkusTest
class KeysResourceTest {

    @Inject
    PortalSigner signer;

    @ConfigProperty(name = "portal.jwt.key-id")
    String keyId;

    @Test
    void anyoneCanReadTheKeysAsAJwkSet() {
        given().when().get("/.well-known/portal-keys.json").then().statusCode(200)
                .contentType(startsWith("application/jwk-set+json"))
                .header("Cache-Control", "public, max-age=3600")
                .body("keys", hasSize(1))
                .body("keys[0].kid", equalTo(keyId))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].d", equalTo(null));
    }

    @Test
    void clientsAskingForPlainJsonGetTheKeysToo() {
        given().accept("application/json").when().get("/.well-known/portal-keys.json").then().statusCode(200)
                .body("keys[0].kid", equalTo(keyId));
    }

    @Test
    void aStaleSessionCookieDoesNotStopAnyoneReadingTheKeys() {
        given().cookie("portal_session", "not-a-token").when().get("/.well-known/portal-keys.json").then()
                .statusCode(200);
    }

    @Test
    void whatThePortalSignsVerifiesWithThePublishedJwk() throws Exception {
        byte[] manifest = ManifestTest.sample().toJson();
        String signature = signer.signDetached(manifest);
        String jwks = given().when().get("/.well-known/portal-keys.json").then().statusCode(200).extract().asString();

        JsonWebKey key = new JsonWebKeySet(jwks).getJsonWebKeys().stream()
                .filter(candidate -> keyId.equals(candidate.getKeyId())).findFirst().orElseThrow();

        assertThat(signer.keyId()).isEqualTo(keyId);
        assertThat(verifies(signature, manifest, key)).isTrue();
        assertThat(verifies(signature, "tampered".getBytes(StandardCharsets.UTF_8), key)).isFalse();
    }

    /** RFC 7515 Appendix F the jose4j way: the detached content goes back in as the encoded payload. */
    private static boolean verifies(String detached, byte[] content, JsonWebKey key) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256"));
        jws.setCompactSerialization(detached);
        jws.setEncodedPayload(Base64Url.encode(content));
        jws.setKey(key.getKey());
        return key.getKeyId().equals(jws.getKeyIdHeaderValue()) && jws.verifySignature();
    }

    @Test
    void thePemFormIsTheSameKey() throws Exception {
        String pem = given().when().get("/.well-known/portal-keys.pem").then().statusCode(200)
                .contentType(startsWith("text/plain")).header("Cache-Control", "public, max-age=3600")
                .body(startsWith("-----BEGIN PUBLIC KEY-----\n")).extract().asString();
        String jwks = given().when().get("/.well-known/portal-keys.json").then().extract().asString();

        assertThat(KeyUtils.decodePublicKey(pem))
                .isEqualTo(new JsonWebKeySet(jwks).getJsonWebKeys().get(0).getKey());
    }
}
