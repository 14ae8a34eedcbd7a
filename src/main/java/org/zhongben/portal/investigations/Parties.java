package org.zhongben.portal.investigations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.PartyKind;
import org.zhongben.portal.casefile.vocabulary.PartyRole;

/** Resolves the party ids of a case file to names; an id that names no party is shown as the id itself. */
final class Parties {

    private final Map<String, CaseFile.Party> byId = new HashMap<>();
    private final List<CaseFile.Party> debtors = new ArrayList<>();

    private Parties(CaseFile file) {
        for (CaseFile.Party party : present(file.parties())) {
            if (party.id() != null) {
                byId.putIfAbsent(party.id(), party);
            }
            if (party.role() == PartyRole.DEBTOR) {
                debtors.add(party);
            }
        }
    }

    static Parties of(CaseFile file) {
        return new Parties(file);
    }

    /** The party's name; the id when no party has it or the party has no name; {@code null} for no id. */
    String name(String id) {
        if (id == null) {
            return null;
        }
        CaseFile.Party party = byId.get(id);
        return party == null || party.name() == null || party.name().isBlank() ? id : party.name();
    }

    List<CaseFile.Party> debtors() {
        return debtors;
    }

    /**
     * Whether there are debtors and all of them are organisations (legal persons or unincorporated organisations):
     * then housing fund and wages cannot exist. A debtor of unknown kind counts as a possible natural person.
     */
    boolean onlyOrganisationDebtors() {
        return !debtors.isEmpty() && debtors.stream()
                .allMatch(d -> d.kind() == PartyKind.LEGAL_PERSON || d.kind() == PartyKind.UNINCORPORATED);
    }

    /** The non-null elements of a list from a case file (intake refuses nulls, but views never trust that). */
    static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
