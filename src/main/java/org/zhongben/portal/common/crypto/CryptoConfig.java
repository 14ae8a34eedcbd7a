package org.zhongben.portal.common.crypto;

import io.smallrye.config.ConfigMapping;

/**
 * Keys that protect personal ID numbers at rest. Required in every profile: production reads them from the
 * environment, the demo and test modes generate them locally on first start.
 */
@ConfigMapping(prefix = "portal.crypto")
public interface CryptoConfig {

    /**
     * AES-256 keys as {@code id:base64} pairs separated by commas, e.g. {@code 2:q1..,1:Zx..}. The highest id
     * encrypts; the others only decrypt, so a key can be rotated while old rows are re-encrypted in batches.
     */
    String idKeys();

    /** HMAC-SHA256 key (base64) for the keyed hash that finds an ID number without decrypting. */
    String hashKey();
}
