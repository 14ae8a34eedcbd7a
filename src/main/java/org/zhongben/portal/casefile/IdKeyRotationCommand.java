package org.zhongben.portal.casefile;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;

/**
 * {@code rotate-id-keys}: after a new, higher-numbered key is added to {@code portal.crypto.id-keys}, re-encrypts
 * every stored ID number under it, then exits. The old key can be removed once the pass reports zero left.
 */
@ApplicationScoped
class IdKeyRotationCommand {

    static final String COMMAND = "rotate-id-keys";
    private static final Logger LOG = Logger.getLogger(IdKeyRotationCommand.class);

    private final String[] args;
    private final IdKeyRotation rotation;

    IdKeyRotationCommand(@CommandLineArguments String[] args, IdKeyRotation rotation) {
        this.args = args;
        this.rotation = rotation;
    }

    void onStart(@Observes StartupEvent start) {
        if (!Arrays.asList(args).contains(COMMAND)) {
            return;
        }
        LOG.info("Re-encrypting stored ID numbers under the current key");
        rotation.rotate().subscribe().with(pass -> {
            LOG.infof("Checked %d stored ID numbers, re-encrypted %d; exiting", pass.checked(), pass.reencrypted());
            Quarkus.asyncExit(0);
        }, failure -> {
            LOG.error("Re-encrypting ID numbers failed", failure);
            Quarkus.asyncExit(1);
        });
    }
}
