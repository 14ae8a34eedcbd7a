package org.zhongben.portal.accounts;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class CourtClientRepository implements PanacheRepository<CourtClient> {

    public Uni<CourtClient> findEnabledByClientId(String clientId) {
        return find("clientId = ?1 and enabled = true", clientId).firstResult();
    }
}
