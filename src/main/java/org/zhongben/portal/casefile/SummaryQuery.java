package org.zhongben.portal.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of case summaries: filters, one of the supported orders, and a keyset cursor (the sort value and id of the
 * last row of the previous page), so paging stays fast and stable however deep it goes.
 */
public record SummaryQuery(List<Long> partyIds, LocalDate today, String status, String courtCode, String caseNumberLike,
        Order order, Cursor after, int limit) {

    /** Supported orders; each ends with the case id so equal values still have a stable order. */
    public enum Order {
        DOCKETED_DESC("docketed_on DESC, id DESC", "(docketed_on, id) < ($6::text::date, $7)", "docketed_on"),
        UNPERFORMED_DESC("unperformed_amount DESC, id DESC", "(unperformed_amount, id) < ($6::text::numeric, $7)",
                "unperformed_amount"),
        NEXT_DUE_ASC("coalesce(next_follow_up_due, DATE '9999-12-31') ASC, id ASC",
                "(coalesce(next_follow_up_due, DATE '9999-12-31'), id) > ($6::text::date, $7)",
                "coalesce(next_follow_up_due, DATE '9999-12-31')"),
        CASE_NUMBER_ASC("case_number ASC, id ASC", "(case_number, id) > ($6::text, $7)", "case_number");

        final String orderBy;
        final String after;
        final String key;

        Order(String orderBy, String after, String key) {
            this.orderBy = orderBy;
            this.after = after;
            this.key = key;
        }
    }

    /** Position after which the next page starts. */
    public record Cursor(String value, long id) {
    }
}
