package org.zhongben.portal.accounts;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.common.concurrent.Offload;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import io.smallrye.mutiny.Uni;

/**
 * Argon2id hashing of passwords and client secrets (OWASP parameters: 19 MiB, 2 iterations, 1 lane). Hashing is
 * deliberately slow, so it always runs on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class SecretHasher {

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /**
     * Verified against when the account or client does not exist, so timing does not reveal that. A fixed hash (same
     * parameters) of 32 random bytes that were thrown away: hashing one at class load took 1.5-2 s of a cold start.
     */
    private static final String DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$aK1p89Qd+hpfLc0EienElg$"
            + "GOhkkqSvDa0x/5pzeJq1a+/GorgfO8xnsddVP9ccINc";

    public String hashBlocking(String secret) {
        return Password.hash(secret).addRandomSalt(16).with(ARGON2).getResult();
    }

    public Uni<String> hash(String secret) {
        return Offload.toWorker(() -> hashBlocking(secret));
    }

    /** Checks {@code secret} against {@code hash}; a null hash is checked against a dummy and fails. */
    public Uni<Boolean> verify(String secret, String hash) {
        return Offload.toWorker(() -> {
            boolean matches = Password.check(secret, hash == null ? DUMMY_HASH : hash).with(ARGON2);
            return hash != null && matches;
        });
    }
}
