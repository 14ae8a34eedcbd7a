package org.zhongben.portal.intake;

import java.util.List;

import org.zhongben.portal.accounts.QueryCodeService.IssuedCode;
import org.zhongben.portal.common.error.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer for one case file (one line of a stream). {@code status} is the HTTP status the line would have had on
 * its own: 201 created, 200 updated, 400 invalid, 404 not this court's case, 409 stale version. {@code queryCodes}
 * lists the codes of new parties; they are shown this once and never again.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IntakeResult(long line, String caseNumber, int status, String outcome, Long version, String code,
        String message, String detail, List<FieldError> errors, List<IssuedCode> queryCodes) {

    public boolean accepted() {
        return status == 200 || status == 201;
    }

    /** Trailer line of a stream. */
    public record Summary(long lines, long accepted, long rejected) {
    }
}
