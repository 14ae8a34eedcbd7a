package org.zhongben.portal.accounts;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class AccountTokenRepository implements PanacheRepository<AccountToken> {

    public Uni<AccountToken> findUsable(byte[] hash, AccountToken.Purpose purpose) {
        return find("tokenHash = ?1 and purpose = ?2 and usedAt is null", hash, purpose.name()).firstResult();
    }
}
