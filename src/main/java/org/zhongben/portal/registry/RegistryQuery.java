package org.zhongben.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A registry search. Any combination of criteria; none lists the latest entries.
 *
 * @param match how {@code name} is compared: exact (default), prefix, or fuzzy (same toneless pinyin, or at most one character
 *        different)
 * @param id a complete resident ID number or unified social credit code (exact, through the keyed hash)
 * @param after the {@code next} cursor of the previous page
 */
public record RegistryQuery(String name, String match, String id, String court, String caseNumber, LocalDate from,
        LocalDate to, BigDecimal minAmount, BigDecimal maxAmount, String after, Integer limit) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    int pageSize() {
        return limit == null || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    boolean byName() {
        return name != null && !name.isBlank();
    }

    String matchMode() {
        return match == null || match.isBlank() ? "exact" : match.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
