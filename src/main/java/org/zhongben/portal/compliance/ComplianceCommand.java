package org.zhongben.portal.compliance;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;

/**
 * {@code recompute-compliance}: recomputes the stored results of every case with the current rules and settings,
 * then exits. Normally unnecessary (a new engine version triggers it on start); for an operator who wants it now.
 */
@ApplicationScoped
class ComplianceCommand {

    static final String COMMAND = "recompute-compliance";
    private static final Logger LOG = Logger.getLogger(ComplianceCommand.class);

    private final String[] args;
    private final ComplianceRefresh refresh;

    ComplianceCommand(@CommandLineArguments String[] args, ComplianceRefresh refresh) {
        this.args = args;
        this.refresh = refresh;
    }

    void onStart(@Observes StartupEvent start) {
        if (!Arrays.asList(args).contains(COMMAND)) {
            return;
        }
        refresh.recomputeAll().subscribe().with(count -> {
            LOG.infof("Recomputed the compliance results of %d cases; exiting", count);
            Quarkus.asyncExit(0);
        }, failure -> {
            LOG.error("Recomputing compliance results failed", failure);
            Quarkus.asyncExit(1);
        });
        LOG.info("Recomputing the compliance results of every case");
    }
}
