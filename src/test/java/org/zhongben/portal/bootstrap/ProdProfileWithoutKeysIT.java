package org.zhongben.portal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.PackagedPortal;

/** The production artifact refuses to start without its keys and says which ones are missing. */
class ProdProfileWithoutKeysIT {

    @Test
    void refusesToStartAndNamesEveryMissingKey() throws Exception {
        try (PackagedPortal portal = PackagedPortal.launch(PackagedPortal.databaseOnly(),
                List.of("-Xmx256m"))) {
            int exit = portal.awaitExit(Duration.ofSeconds(90));
            String output = portal.output();
            assertThat(exit).as(output).isNotZero().isNotEqualTo(-1);
            assertThat(output).contains("portal.crypto.id-keys", "portal.crypto.hash-key",
                    "portal.jwt.signing-key-location", "portal.jwt.verification-keys-location", "portal.jwt.key-id");
            assertThat(output).doesNotContain("Listening on");
        }
    }
}
