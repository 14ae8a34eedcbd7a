package org.zhongben.portal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.i18n.RequestLanguage;

import io.smallrye.mutiny.Uni;

/** The public 终本 registry as JSON: no sign-in, no captcha, a per-client rate limit (429 with Retry-After). */
@Path("/api/v1/registry")
@Tag(name = "Registry")
@PermitAll
public class RegistryResource {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private final RegistryService registry;
    private final CurrentViewer viewer;

    RegistryResource(RegistryService registry, CurrentViewer viewer) {
        this.registry = registry;
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search published 终本 cases", description = "name with match=exact|prefix|fuzzy (fuzzy: same pinyin "
            + "without tones, or one character different); id: a complete resident ID number or credit code (partial numbers are refused); "
            + "court, caseNumber, from/to (终本 date), minAmount/maxAmount (unperformed); keyset paging with 'after'. "
            + "Natural persons' ID numbers are always masked.")
    public Uni<RegistryService.Page> search(@RestQuery String name, @RestQuery String match, @RestQuery String id,
            @RestQuery String court, @RestQuery String caseNumber, @RestQuery String from, @RestQuery String to,
            @RestQuery String minAmount, @RestQuery String maxAmount, @RestQuery String after, @RestQuery Integer limit,
            HttpHeaders headers) {
        RegistryQuery query;
        try {
            query = query(name, match, id, court, caseNumber, from, to, minAmount, maxAmount, after, limit);
        } catch (PortalException invalid) {
            return Uni.createFrom().failure(invalid);
        }
        return viewer.resolve()
                .chain(who -> registry.search(query, who.clientAddress(), RequestLanguage.of(headers)));
    }

    /** A query from request parameters; malformed dates and amounts are refused clearly. */
    static RegistryQuery query(String name, String match, String id, String court, String caseNumber, String from,
            String to, String minAmount, String maxAmount, String after, Integer limit) {
        try {
            return new RegistryQuery(name, match, id, court, caseNumber, date(from), date(to), amount(minAmount),
                    amount(maxAmount), after, limit);
        } catch (DateTimeParseException | NumberFormatException malformed) {
            throw new PortalException(RegistryError.INVALID_QUERY, malformed.getMessage());
        }
    }

    /** Dates the database can compare: years 1 to 9999 (an ISO date may name year 99999, which it refuses). */
    private static LocalDate date(String text) {
        LocalDate date = text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw new DateTimeParseException("year out of range", text, 0);
        }
        return date;
    }

    /** Amounts within the largest one stored (fourteen digits before the point): beyond it no entry can match. */
    private static BigDecimal amount(String text) {
        BigDecimal amount = text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
        if (amount != null && amount.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new NumberFormatException("amount out of range");
        }
        return amount;
    }
}
