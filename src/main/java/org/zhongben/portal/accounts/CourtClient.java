package org.zhongben.portal.accounts;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A court case-management system allowed to push case files for one court. */
@Entity
@Table(name = "court_client")
public class CourtClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id", nullable = false, unique = true)
    public String clientId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
