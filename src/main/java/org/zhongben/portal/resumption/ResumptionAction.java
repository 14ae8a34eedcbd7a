package org.zhongben.portal.resumption;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.zhongben.portal.common.i18n.Labelled;

/**
 * What can happen to an application, by whom, and from which states: the state machine. An action from any other
 * state is refused.
 */
public enum ResumptionAction implements Labelled {
    CLUES_ADDED("补充了财产线索", "added property clues", Actor.CREDITOR, null),
    EVIDENCE_ADDED("上传了证据", "uploaded evidence", Actor.CREDITOR, null),
    SUBMITTED("提交了申请", "submitted the application", Actor.CREDITOR, ResumptionState.SUBMITTED),
    MATERIALS_REQUESTED("要求补充材料", "asked for more materials", Actor.CLERK, ResumptionState.MATERIALS_INCOMPLETE),
    MATERIALS_PROVIDED("补充了材料", "provided the materials", Actor.CREDITOR, ResumptionState.SUBMITTED),
    CLUE_VERIFIED("记录了线索核查结果", "recorded a clue's verification", Actor.CLERK, ResumptionState.UNDER_VERIFICATION),
    URGENT_CONTROL("采取了紧急控制措施", "took urgent control measures", Actor.CLERK,
            ResumptionState.URGENT_CONTROL_TAKEN),
    ACCEPTED("决定恢复执行", "accepted and resumed enforcement", Actor.CLERK, ResumptionState.ACCEPTED),
    ACCEPTED_BY_INTAKE("法院系统报送了恢复执行案件", "the court system reported the resumed case", Actor.COURT_SYSTEM,
            ResumptionState.ACCEPTED),
    REJECTED("决定不予恢复执行", "rejected the application", Actor.CLERK, ResumptionState.REJECTED),
    WITHDRAWN("撤回了申请", "withdrew the application", Actor.CREDITOR, ResumptionState.WITHDRAWN);

    /** Who may take an action. */
    public enum Actor {
        CREDITOR,
        CLERK,
        COURT_SYSTEM
    }

    private static final Set<ResumptionState> WITH_COURT = ResumptionState.WITH_THE_COURT;
    private static final Map<ResumptionAction, Set<ResumptionState>> FROM = Map.ofEntries(
            Map.entry(CLUES_ADDED, EnumSet.of(ResumptionState.DRAFT, ResumptionState.SUBMITTED,
                    ResumptionState.MATERIALS_INCOMPLETE, ResumptionState.UNDER_VERIFICATION,
                    ResumptionState.URGENT_CONTROL_TAKEN)),
            Map.entry(EVIDENCE_ADDED, EnumSet.of(ResumptionState.DRAFT, ResumptionState.SUBMITTED,
                    ResumptionState.MATERIALS_INCOMPLETE, ResumptionState.UNDER_VERIFICATION,
                    ResumptionState.URGENT_CONTROL_TAKEN)),
            Map.entry(SUBMITTED, EnumSet.of(ResumptionState.DRAFT)),
            Map.entry(MATERIALS_REQUESTED, EnumSet.of(ResumptionState.SUBMITTED, ResumptionState.UNDER_VERIFICATION,
                    ResumptionState.URGENT_CONTROL_TAKEN)),
            Map.entry(MATERIALS_PROVIDED, EnumSet.of(ResumptionState.MATERIALS_INCOMPLETE)),
            Map.entry(CLUE_VERIFIED, EnumSet.of(ResumptionState.SUBMITTED, ResumptionState.UNDER_VERIFICATION,
                    ResumptionState.URGENT_CONTROL_TAKEN)),
            Map.entry(URGENT_CONTROL, EnumSet.of(ResumptionState.SUBMITTED, ResumptionState.UNDER_VERIFICATION)),
            Map.entry(ACCEPTED, EnumSet.copyOf(WITH_COURT)),
            Map.entry(ACCEPTED_BY_INTAKE, EnumSet.copyOf(WITH_COURT)),
            Map.entry(REJECTED, EnumSet.copyOf(WITH_COURT)),
            Map.entry(WITHDRAWN, EnumSet.of(ResumptionState.DRAFT, ResumptionState.SUBMITTED,
                    ResumptionState.MATERIALS_INCOMPLETE, ResumptionState.UNDER_VERIFICATION,
                    ResumptionState.URGENT_CONTROL_TAKEN)));

    private final String zh;
    private final String en;
    private final Actor actor;
    private final ResumptionState target;

    ResumptionAction(String zh, String en, Actor actor, ResumptionState target) {
        this.zh = zh;
        this.en = en;
        this.actor = actor;
        this.target = target;
    }

    public Actor actor() {
        return actor;
    }

    /** Whether the action may be taken in {@code state}. */
    public boolean allowedFrom(ResumptionState state) {
        return FROM.get(this).contains(state);
    }

    /**
     * The state after the action. Adding clues or evidence keeps the state; a verification result moves a submitted
     * application to "being verified" but leaves one with urgent control taken as it is.
     */
    public ResumptionState next(ResumptionState from) {
        if (target == null) {
            return from;
        }
        if (this == CLUE_VERIFIED && from == ResumptionState.URGENT_CONTROL_TAKEN) {
            return from;
        }
        return target;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
