package org.zhongben.portal.audit;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import io.smallrye.mutiny.Uni;

/**
 * {@code verify-audit-chain}: chains what is pending, recomputes the whole audit chain, prints the result and exits
 * with 0 when it is intact, 2 when an entry was altered or reordered (1 when the check itself failed).
 */
@ApplicationScoped
class AuditChainCommand {

    static final String COMMAND = "verify-audit-chain";
    private static final Logger LOG = Logger.getLogger(AuditChainCommand.class);

    private final String[] args;
    private final AuditChain chain;

    AuditChainCommand(@CommandLineArguments String[] args, AuditChain chain) {
        this.args = args;
        this.chain = chain;
    }

    void onStart(@Observes StartupEvent start) {
        if (!Arrays.asList(args).contains(COMMAND)) {
            return;
        }
        run().subscribe().with(Quarkus::asyncExit, failure -> {
            LOG.error("Verifying the audit chain failed", failure);
            Quarkus.asyncExit(1);
        });
    }

    /** The exit status of the command, after saying what it found. */
    Uni<Integer> run() {
        return chain.chainPending().chain(chain::verify).map(result -> {
            if (result.intact()) {
                LOG.infof("Audit chain intact: %d entries checked, last hash %s", result.checked(), result.lastHash());
                return 0;
            }
            LOG.errorf("Audit chain BROKEN at entry %d (event %d): it was altered or reordered after it was chained",
                    result.brokenAtSeq(), result.brokenEventId());
            return 2;
        });
    }
}
