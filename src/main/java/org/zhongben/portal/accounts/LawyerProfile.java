package org.zhongben.portal.accounts;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lawyer's firm and licence, and whether court staff have checked the licence (only then may the lawyer act). */
@Entity
@Table(name = "lawyer_profile")
public class LawyerProfile {

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "law_firm", nullable = false)
    public String lawFirm;

    @Column(name = "licence_number", nullable = false)
    public String licenceNumber;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Column(name = "verified_by")
    public Long verifiedBy;

    @Column(name = "rejected_at")
    public OffsetDateTime rejectedAt;

    @Column(name = "rejection_note")
    public String rejectionNote;
}
