package org.zhongben.portal.resumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongben.portal.resumption.ResumptionState.ACCEPTED;
import static org.zhongben.portal.resumption.ResumptionState.DRAFT;
import static org.zhongben.portal.resumption.ResumptionState.MATERIALS_INCOMPLETE;
import static org.zhongben.portal.resumption.ResumptionState.REJECTED;
import static org.zhongben.portal.resumption.ResumptionState.SUBMITTED;
import static org.zhongben.portal.resumption.ResumptionState.UNDER_VERIFICATION;
import static org.zhongben.portal.resumption.ResumptionState.URGENT_CONTROL_TAKEN;
import static org.zhongben.portal.resumption.ResumptionState.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every action from every state, against the table of domain.md §9.2 written out independently here: which are
 * allowed and where each leads. Closed applications (accepted, rejected, withdrawn) allow nothing.
 */
class ResumptionActionTest {

    private static final Set<ResumptionState> WITH_COURT = EnumSet.of(SUBMITTED, MATERIALS_INCOMPLETE,
            UNDER_VERIFICATION, URGENT_CONTROL_TAKEN);

    private static Map<ResumptionAction, Set<ResumptionState>> expectedFrom() {
        Map<ResumptionAction, Set<ResumptionState>> from = new EnumMap<>(ResumptionAction.class);
        Set<ResumptionState> openOrDraft = EnumSet.copyOf(WITH_COURT);
        openOrDraft.add(DRAFT);
        from.put(ResumptionAction.CLUES_ADDED, openOrDraft);
        from.put(ResumptionAction.EVIDENCE_ADDED, openOrDraft);
        from.put(ResumptionAction.SUBMITTED, EnumSet.of(DRAFT));
        from.put(ResumptionAction.MATERIALS_REQUESTED, EnumSet.of(SUBMITTED, UNDER_VERIFICATION, URGENT_CONTROL_TAKEN));
        from.put(ResumptionAction.MATERIALS_PROVIDED, EnumSet.of(MATERIALS_INCOMPLETE));
        from.put(ResumptionAction.CLUE_VERIFIED, EnumSet.of(SUBMITTED, UNDER_VERIFICATION, URGENT_CONTROL_TAKEN));
        from.put(ResumptionAction.URGENT_CONTROL, EnumSet.of(SUBMITTED, UNDER_VERIFICATION));
        from.put(ResumptionAction.ACCEPTED, WITH_COURT);
        from.put(ResumptionAction.ACCEPTED_BY_INTAKE, WITH_COURT);
        from.put(ResumptionAction.REJECTED, WITH_COURT);
        from.put(ResumptionAction.WITHDRAWN, openOrDraft);
        return from;
    }

    @Test
    void everyActionIsAllowedFromExactlyTheStatesOfTheTable() {
        Map<ResumptionAction, Set<ResumptionState>> expected = expectedFrom();
        assertThat(expected).hasSize(ResumptionAction.values().length);
        for (ResumptionAction action : ResumptionAction.values()) {
            for (ResumptionState state : ResumptionState.values()) {
                assertThat(action.allowedFrom(state)).as(action + " from " + state)
                        .isEqualTo(expected.get(action).contains(state));
            }
        }
    }

    @Test
    void closedApplicationsAllowNothing() {
        for (ResumptionState closed : EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN)) {
            assertThat(closed.open()).isFalse();
            for (ResumptionAction action : ResumptionAction.values()) {
                assertThat(action.allowedFrom(closed)).as(action + " from " + closed).isFalse();
            }
        }
    }

    @Test
    void eachAllowedActionLeadsWhereTheTableSays() {
        for (ResumptionAction action : ResumptionAction.values()) {
            for (ResumptionState state : ResumptionState.values()) {
                if (!action.allowedFrom(state)) {
                    continue;
                }
                ResumptionState expected = switch (action) {
                    case CLUES_ADDED, EVIDENCE_ADDED -> state;
                    case SUBMITTED, MATERIALS_PROVIDED -> SUBMITTED;
                    case MATERIALS_REQUESTED -> MATERIALS_INCOMPLETE;
                    case CLUE_VERIFIED -> state == URGENT_CONTROL_TAKEN ? URGENT_CONTROL_TAKEN : UNDER_VERIFICATION;
                    case URGENT_CONTROL -> URGENT_CONTROL_TAKEN;
                    case ACCEPTED, ACCEPTED_BY_INTAKE -> ACCEPTED;
                    case REJECTED -> REJECTED;
                    case WITHDRAWN -> WITHDRAWN;
                };
                assertThat(action.next(state)).as(action + " from " + state).isEqualTo(expected);
            }
        }
    }

    @Test
    void theClockRunsOnlyWhileTheCourtOwesACheck() {
        for (ResumptionState state : ResumptionState.values()) {
            assertThat(state.clockRuns()).as(state.name())
                    .isEqualTo(state == SUBMITTED || state == UNDER_VERIFICATION || state == URGENT_CONTROL_TAKEN);
        }
    }
}
