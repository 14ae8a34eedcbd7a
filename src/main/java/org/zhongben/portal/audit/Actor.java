package org.zhongben.portal.audit;

/**
 * Who did something, as the audit log records it. {@code label} is what the affected party will see (already masked
 * where the person is not a public official).
 */
public record Actor(Kind kind, String id, String role, String label, String clientAddress) {

    public enum Kind {
        ACCOUNT,
        PARTY_SESSION,
        COURT_CLIENT,
        SYSTEM,
        ANONYMOUS
    }

    public static Actor system(String label) {
        return new Actor(Kind.SYSTEM, null, "system", label, null);
    }
}
