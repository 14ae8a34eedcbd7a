package org.zhongben.portal.accounts;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class AccountRepository implements PanacheRepository<Account> {

    /** Addresses are unique without regard to case (a functional unique index backs this). */
    public Uni<Account> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email.strip()).firstResult();
    }
}
