package org.zhongben.portal.accounts;

/** Role names carried in the {@code groups} claim of the portal's tokens. */
public final class Roles {

    /** a court's case-management system pushing case files (intake API) */
    public static final String COURT_SYSTEM = "court-system";
    /** 申请执行人, signed in with an account or with case number + query code */
    public static final String CREDITOR = "creditor";
    /** 被执行人 signed in with case number + query code */
    public static final String DEBTOR = "debtor";
    /** 代理律师 */
    public static final String LAWYER = "lawyer";
    /** court staff of one court */
    public static final String CLERK = "clerk";
    /** higher-court staff, read-only across courts */
    public static final String SUPERVISOR = "supervisor";

    /**
     * Court staff who gave the right password but not yet the second factor: may only enrol or enter a code. Staff
     * roles are never issued without the second factor.
     */
    public static final String STAFF_PENDING = "second-factor-pending";

    /** Claim naming the court a court-system client or a clerk belongs to. */
    public static final String COURT_CLAIM = "court";

    private Roles() {
    }

    /** Roles that act for a court and therefore need the second factor. */
    public static boolean isStaff(String role) {
        return CLERK.equals(role) || SUPERVISOR.equals(role);
    }
}
