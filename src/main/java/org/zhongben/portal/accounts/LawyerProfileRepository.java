package org.zhongben.portal.accounts;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class LawyerProfileRepository implements PanacheRepositoryBase<LawyerProfile, Long> {

    public Uni<LawyerProfile> findByLicence(String licenceNumber) {
        return find("licenceNumber", licenceNumber).firstResult();
    }
}
