package org.zhongben.portal.accounts;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A portal account: a creditor (person or organisation), a lawyer, or court staff. */
@Entity
@Table(name = "account")
public class Account {

    public enum Kind {
        PERSON,
        ORGANISATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String email;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String role;

    @Column(name = "court_code")
    public String courtCode;

    @Column(name = "preferred_language", nullable = false)
    public String preferredLanguage = "zh";

    @Column(name = "email_confirmed_at")
    public OffsetDateTime emailConfirmedAt;

    @Column(name = "password_changed_at", nullable = false)
    public OffsetDateTime passwordChangedAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
