package org.zhongben.portal.accounts;

import java.time.Instant;
import java.util.Set;

import org.zhongben.portal.audit.Actor;

/**
 * Who is looking, as far as the portal's authorisation cares: read from the verified token, never from request
 * parameters. A one-case session ({@link Kind#PARTY}) carries the party it was opened for; an account carries its id.
 */
public record Viewer(Kind kind, Long accountId, Long partyId, Set<String> roles, String courtCode, String displayName,
        String tokenId, Instant expiresAt, String clientAddress) {

    public enum Kind {
        ANONYMOUS,
        PARTY,
        ACCOUNT,
        COURT_SYSTEM
    }

    public static Viewer anonymous(String clientAddress) {
        return new Viewer(Kind.ANONYMOUS, null, null, Set.of(), null, null, null, null, clientAddress);
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The main role, for display and audit. */
    public String role() {
        for (String role : new String[] { Roles.SUPERVISOR, Roles.CLERK, Roles.LAWYER, Roles.CREDITOR, Roles.DEBTOR,
                Roles.COURT_SYSTEM, Roles.STAFF_PENDING }) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "anonymous";
    }

    /** How the audit log records this viewer; names of private persons are masked to their surname. */
    public Actor toActor() {
        Actor.Kind actorKind = switch (kind) {
            case PARTY -> Actor.Kind.PARTY_SESSION;
            case ACCOUNT -> Actor.Kind.ACCOUNT;
            case COURT_SYSTEM -> Actor.Kind.COURT_CLIENT;
            case ANONYMOUS -> Actor.Kind.ANONYMOUS;
        };
        String id = switch (kind) {
            case PARTY -> "party:" + partyId;
            case ACCOUNT -> "account:" + accountId;
            default -> null;
        };
        return new Actor(actorKind, id, role(), maskName(displayName), clientAddress);
    }

    /** 张伟 → 张*, 欧阳娜娜 → 欧***; organisations (long names) stay readable. */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.length() >= 6 || name.contains("公司") || name.contains("银行") || name.contains("法院")) {
            return name;
        }
        return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }
}
