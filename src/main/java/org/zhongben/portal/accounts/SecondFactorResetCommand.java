package org.zhongben.portal.accounts;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.zhongben.portal.audit.Actor;
import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * {@code reset-second-factor <e-mail>}: for a staff member who lost both the phone and the recovery codes. Removes the
 * account's authenticator and recovery codes and ends its sessions, so the next sign-in enrols a new app; audited.
 * Run by the system administrator with the portal's database settings, after checking the person's identity.
 */
@ApplicationScoped
class SecondFactorResetCommand {

    static final String COMMAND = "reset-second-factor";
    private static final Logger LOG = Logger.getLogger(SecondFactorResetCommand.class);

    private final String[] args;
    private final SecondFactor secondFactor;
    private final AuditLog audit;
    private final Pool pool;

    SecondFactorResetCommand(@CommandLineArguments String[] args, SecondFactor secondFactor, AuditLog audit, Pool pool) {
        this.args = args;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.pool = pool;
    }

    void onStart(@Observes StartupEvent start) {
        List<String> words = Arrays.asList(args);
        int at = words.indexOf(COMMAND);
        if (at < 0) {
            return;
        }
        if (at + 1 >= words.size()) {
            LOG.errorf("Usage: %s <e-mail of the staff account>", COMMAND);
            Quarkus.asyncExit(2);
            return;
        }
        String email = words.get(at + 1);
        reset(email).subscribe().with(found -> {
            if (found) {
                LOG.infof("Second factor of %s removed and its sessions ended; the next sign-in enrols anew", email);
                Quarkus.asyncExit(0);
            } else {
                LOG.errorf("No staff account with the address %s", email);
                Quarkus.asyncExit(1);
            }
        }, failure -> {
            LOG.error("Resetting the second factor failed", failure);
            Quarkus.asyncExit(1);
        });
    }

    /** True when a staff account with the address exists (its factor is gone afterwards, if it had one). */
    Uni<Boolean> reset(String email) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                UPDATE account SET password_changed_at = now()
                WHERE lower(email) = lower($1) AND role = ANY($2) RETURNING id""")
                .execute(Tuple.of(email, new String[] { Roles.CLERK, Roles.SUPERVISOR })).chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(false);
                    }
                    long accountId = rows.iterator().next().getLong("id");
                    return secondFactor.reset(connection, accountId)
                            .chain(() -> audit.record(connection, Actor.system("reset-second-factor command"),
                                    AuditAction.SECOND_FACTOR_RESET, null, "account:" + accountId, null))
                            .replaceWith(true);
                }));
    }
}
