package org.zhongben.portal.resumption;

import org.zhongben.portal.common.error.ErrorCode;

/** Errors of resumption applications; an application the viewer may not see is "not found". */
public enum ResumptionError implements ErrorCode {
    NOT_FOUND("resumption/not-found", 404, "未找到该申请,或您无权查看", "No such application, or you may not see it"),
    CASE_NOT_TERMINATED("resumption/case-not-terminated", 409, "只有以终本结案的案件才能申请恢复执行",
            "Only a case terminated by 终本 can be resumed"),
    TRANSITION_NOT_ALLOWED("resumption/transition-not-allowed", 409, "申请目前的状态不允许这个操作",
            "The application's current state does not allow this"),
    CHANGED_MEANWHILE("resumption/changed-meanwhile", 409, "申请已被他人更新,请刷新后重试",
            "Someone else changed the application; reload and try again"),
    INVALID_CLUES("resumption/invalid-clues", 400, "财产线索填写有误,请按提示修改", "Some clue fields are invalid"),
    NO_CLUES("resumption/no-clues", 400, "请至少提供一条财产线索", "Give at least one property clue"),
    TOO_MANY_CLUES("resumption/too-many-clues", 400, "一份申请的财产线索数量超过上限", "Too many clues for one application"),
    DECLARATION_REQUIRED("resumption/declaration-required", 400, "请确认所提供的信息真实", "Please confirm that the information is true"),
    URGENT_REASON_REQUIRED("resumption/urgent-reason-required", 400, "申请紧急控制时请说明理由",
            "Give a reason when asking for urgent control"),
    EVIDENCE_REJECTED("resumption/evidence-rejected", 400, "证据文件不符合要求", "An evidence file was not accepted"),
    EVIDENCE_TOO_LARGE("resumption/evidence-too-large", 413, "证据文件过大", "The evidence is too large"),
    TOO_MANY_FILES("resumption/too-many-files", 400, "证据文件数量超过上限", "Too many evidence files"),
    IDEMPOTENCY_KEY_REQUIRED("resumption/idempotency-key-required", 400, "缺少 Idempotency-Key 请求头",
            "The Idempotency-Key header is required"),
    REASON_REQUIRED("resumption/reason-required", 400, "请说明理由", "A reason is required"),
    INVALID_CHILD_CASE("resumption/invalid-child-case", 400, "请填写本院的执恢案号,例如 (2024)京0105执恢12号",
            "Enter a 执恢 case number of this court, e.g. (2024)京0105执恢12号");

    private final String code;
    private final int status;
    private final String zh;
    private final String en;

    ResumptionError(String code, int status, String zh, String en) {
        this.code = code;
        this.status = status;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
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
