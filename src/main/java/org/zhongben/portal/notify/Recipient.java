package org.zhongben.portal.notify;

import java.util.Locale;

/** Where and in which language an account is reached. */
public record Recipient(long accountId, String email, String name, Locale locale) {
}
