package org.zhongben.portal.registry;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhongben.portal.casefile.CreditCode;
import org.zhongben.portal.casefile.ResidentIdNumber;
import org.zhongben.portal.casefile.vocabulary.PartyKind;
import org.zhongben.portal.common.crypto.FieldCipher;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.ratelimit.RateLimiter;
import org.zhongben.portal.investigations.Label;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Searches the public 终本 registry through the read-only pool. Every search path is an index range read of
 * published rows in a stable order (newest 终本 first, then case and party id) with keyset paging, so a page costs the
 * same on page 1 and page 10,000. A full ID number or credit code is looked up through its keyed hash; partial
 * numbers are refused. Each client address may search {@code portal.registry.searches-per-window} times per
 * {@code portal.registry.search-window}.
 */
@ApplicationScoped
public class RegistryService {

    private final Pool replica;
    private final FieldCipher cipher;
    private final RateLimiter limiter;
    private final RateLimiter.Limit limit;
    private final Clock clock;

    RegistryService(@ReactiveDataSource("replica") Pool replica, FieldCipher cipher, RateLimiter limiter,
            @ConfigProperty(name = "portal.registry.searches-per-window", defaultValue = "60") int perWindow,
            @ConfigProperty(name = "portal.registry.search-window", defaultValue = "PT1M") Duration window, Clock clock) {
        this.replica = replica;
        this.cipher = cipher;
        this.limiter = limiter;
        this.limit = new RateLimiter.Limit("registry:address", perWindow, window);
        this.clock = clock;
    }

    /** A page of entries and the cursor of the next one ({@code null} on the last page). */
    public record Page(List<RegistryEntry> items, String next) {
    }

    /** Counts the search against the client, then runs it; over the limit it fails with 429 and Retry-After. */
    public Uni<Page> search(RegistryQuery query, String clientAddress, Locale locale) {
        Sql sql;
        try {
            sql = sql(query);
        } catch (PortalException invalid) {
            return Uni.createFrom().failure(invalid);
        }
        // the limit and the search run side by side: a refused search costs a wasted index read, an allowed one
        // does not wait for the limiter's round trip first
        return Uni.combine().all()
                .unis(limiter.acquire(limit, clientAddress == null ? "unknown" : clientAddress),
                        replica.preparedQuery(sql.text()).execute(sql.parameters()))
                .asTuple().map(both -> {
                    if (both.getItem1() > 0) {
                        throw PortalException.tooMany(RegistryError.TOO_MANY_SEARCHES, both.getItem1());
                    }
                    LocalDate today = LocalDate.now(clock);
                    List<RegistryEntry> items = new ArrayList<>();
                    String next = null;
                    int index = 0;
                    for (Row row : both.getItem2()) {
                        if (index++ == query.pageSize()) {
                            RegistryEntry last = items.get(items.size() - 1);
                            next = cursor(sql.byNameOrder() ? last.debtorName() : null, last.zhongbenOn(), last.ref());
                            break;
                        }
                        items.add(entry(row, today, locale));
                    }
                    return new Page(List.copyOf(items), next);
                });
    }

    record Sql(String text, Tuple parameters, boolean byNameOrder) {
    }

    /** The statement for a query: the filter, then the keyset condition, then the order the index provides. */
    Sql sql(RegistryQuery query) {
        List<String> where = new ArrayList<>(List.of("e.shielded_on IS NULL"));
        Tuple parameters = Tuple.tuple();
        boolean nameOrder = false;
        String[] fuzzyKeys = null;
        if (query.byName()) {
            String name = query.name().strip();
            switch (query.matchMode()) {
                case "exact" -> where.add("e.debtor_name = " + add(parameters, name));
                case "prefix" -> {
                    where.add("e.debtor_name LIKE " + add(parameters, like(name) + "%"));
                    nameOrder = true;
                }
                case "fuzzy" -> {
                    List<String> keys = NameKeys.of(name);
                    if (keys.isEmpty()) {
                        throw new PortalException(RegistryError.INVALID_QUERY, "name");
                    }
                    fuzzyKeys = keys.toArray(String[]::new);
                }
                default -> throw new PortalException(RegistryError.INVALID_QUERY, "match");
            }
        }
        if (query.id() != null && !query.id().isBlank()) {
            where.add(
                    "e.id_hash = " + add(parameters, io.vertx.core.buffer.Buffer.buffer(cipher.keyedHash(fullId(query.id())))));
        }
        if (query.court() != null && !query.court().isBlank()) {
            where.add("e.court_code = " + add(parameters, query.court().strip()));
        }
        if (query.caseNumber() != null && !query.caseNumber().isBlank()) {
            where.add("e.case_number = " + add(parameters, org.zhongben.portal.casefile.CaseNumber.parse(query.caseNumber())
                    .map(org.zhongben.portal.casefile.CaseNumber::render).orElse(query.caseNumber().strip())));
        }
        if (query.from() != null) {
            where.add("e.zhongben_on >= " + add(parameters, query.from()));
        }
        if (query.to() != null) {
            where.add("e.zhongben_on <= " + add(parameters, query.to()));
        }
        if (query.minAmount() != null) {
            where.add("e.unperformed_amount >= " + add(parameters, query.minAmount()));
        }
        if (query.maxAmount() != null) {
            where.add("e.unperformed_amount <= " + add(parameters, query.maxAmount()));
        }
        if (query.after() != null && !query.after().isBlank()) {
            where.add(keyset(query.after(), nameOrder, fuzzyKeys == null ? "e" : "k", parameters));
        }
        String order = (nameOrder ? "e.debtor_name, " : "") + "e.zhongben_on DESC, e.case_id DESC, e.party_id DESC";
        int limit = query.pageSize() + 1;
        String columns = "e.case_id, e.party_id, e.court_code, e.court_name, e.case_number, e.debtor_name, "
                + "e.debtor_kind, e.id_masked, e.credit_code, e.unperformed_amount, e.docketed_on, e.zhongben_on, "
                + "e.follow_up_until";
        String text;
        if (fuzzyKeys == null) {
            text = "SELECT " + columns + " FROM registry_entry e WHERE " + String.join(" AND ", where) + " ORDER BY "
                    + order + " LIMIT " + limit;
        } else {
            // the newest matches of each key, read in index order and stopped at a page (a common key such as
            // "?伟" holds tens of thousands of entries), then merged: the cost is keys × page, whatever the register size
            text = "SELECT DISTINCT " + columns + " FROM unnest(" + add(parameters, fuzzyKeys)
                    + "::text[]) q(key) CROSS JOIN LATERAL (SELECT " + columns
                    + " FROM registry_name_key k JOIN registry_entry e ON e.case_id = k.case_id AND e.party_id = k.party_id"
                    + " WHERE k.key = q.key AND " + String.join(" AND ", where)
                    + " ORDER BY k.zhongben_on DESC, k.case_id DESC, k.party_id DESC LIMIT " + limit + ") e ORDER BY "
                    + order + " LIMIT " + limit;
        }
        return new Sql(text, parameters, nameOrder);
    }

    /** The keyed hash input of a complete ID number or credit code; anything partial is refused. */
    static String fullId(String text) {
        String id = ResidentIdNumber.normalise(text);
        if (ResidentIdNumber.isValid(id)) {
            return id;
        }
        String code = CreditCode.normalise(text);
        if (CreditCode.isValid(code)) {
            return code;
        }
        throw new PortalException(RegistryError.PARTIAL_ID);
    }

    private static String keyset(String cursor, boolean nameOrder, String alias, Tuple parameters) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            LocalDate date = LocalDate.parse(parts[1]);
            long caseId = Long.parseLong(parts[2]);
            long partyId = Long.parseLong(parts[3]);
            String tail = "(" + alias + ".zhongben_on, " + alias + ".case_id, " + alias + ".party_id) < ("
                    + add(parameters, date) + ", "
                    + add(parameters, caseId) + ", " + add(parameters, partyId) + ")";
            if (!nameOrder) {
                return tail;
            }
            String name = parts[0];
            String nameParameter = add(parameters, name);
            return "(e.debtor_name > " + nameParameter + " OR (e.debtor_name = " + nameParameter + " AND " + tail + "))";
        } catch (RuntimeException malformed) {
            throw new PortalException(RegistryError.INVALID_QUERY, "after");
        }
    }

    private static String cursor(String name, LocalDate date, String ref) {
        String[] ids = ref.split("-");
        String plain = (name == null ? "" : name) + "|" + date + "|" + ids[0] + "|" + ids[1];
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String add(Tuple parameters, Object value) {
        parameters.addValue(value);
        return "$" + parameters.size();
    }

    /** A name used in LIKE: its own wildcards are matched literally. */
    private static String like(String name) {
        return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static RegistryEntry entry(Row row, LocalDate today, Locale locale) {
        PartyKind kind = PartyKind.valueOf(row.getString("debtor_kind"));
        return new RegistryEntry(row.getString("court_code"), row.getString("court_name"), row.getString("case_number"),
                row.getString("debtor_name"), Label.of(kind, locale), row.getString("id_masked"),
                row.getString("credit_code"), row.getBigDecimal("unperformed_amount"), row.getLocalDate("docketed_on"),
                row.getLocalDate("zhongben_on"), !row.getLocalDate("follow_up_until").isBefore(today),
                row.getLong("case_id") + "-" + row.getLong("party_id"));
    }
}
