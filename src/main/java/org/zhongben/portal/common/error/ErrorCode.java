package org.zhongben.portal.common.error;

import org.zhongben.portal.common.i18n.Labelled;

/**
 * A stable, documented error of one feature. The {@link #code()} is part of the API contract (problem+json
 * {@code type} ends with it) and never changes once published; the labels are the human title in both languages.
 */
public interface ErrorCode extends Labelled {

    /** Stable code such as {@code case/not-found}. */
    String code();

    /** HTTP status the error maps to. */
    int status();
}
