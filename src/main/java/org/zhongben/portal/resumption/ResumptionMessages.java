package org.zhongben.portal.resumption;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the resumption pages (creditor and court). Chinese here; English in {@code messages/resumption_en.properties}. */
@MessageBundle(value = "resumption", locale = "zh-CN")
public interface ResumptionMessages {

    @Message("恢复执行申请")
    String listTitle();

    @Message("终本后发现被执行人有可供执行的财产,申请执行人可以随时申请恢复执行,不受申请执行时效期间的限制。请提供具体的财产线索和证据;法院核查线索并决定是否恢复执行。")
    String intro();

    @Message("核查期限:提交后 {days} 日内(申请紧急控制措施的 {urgentDays} 日内)。该期限参照《最高人民法院关于民事执行中财产调查若干问题的规定》第二条对财产线索的核查要求,适用于恢复执行申请是实务做法。")
    String clockRule(int days, int urgentDays);

    @Message("申请恢复执行")
    String newApplication();

    @Message("继续填写申请")
    String continueApplication();

    @Message("本案还没有恢复执行申请。")
    String noApplications();

    @Message("申请编号")
    String applicationNo();

    @Message("状态")
    String state();

    @Message("创建时间")
    String createdAt();

    @Message("提交时间")
    String submittedAt();

    @Message("核查期限")
    String dueOn();

    @Message("结果")
    String outcome();

    @Message("返回案件")
    String backToCase();

    @Message("返回申请列表")
    String backToList();

    @Message("只有申请执行人可以申请恢复执行。")
    String onlyCreditor();

    @Message("申请恢复执行")
    String editorTitle();

    @Message("案件信息(来自法院案卷,无需填写)")
    String caseSection();

    @Message("执行案号")
    String caseNumber();

    @Message("执行法院")
    String court();

    @Message("申请人")
    String applicant();

    @Message("被执行人")
    String debtors();

    @Message("执行依据")
    String basis();

    @Message("终本裁定")
    String ruling();

    @Message("未履行金额")
    String unperformed();

    @Message("元")
    String yuan();

    @Message("该申请已提交法院(当前状态:{state})。您在这里补充的线索和证据会并入该申请。")
    String withCourt(String state);

    @Message("查看申请进度")
    String viewApplication();

    @Message("第一步:财产线索")
    String stepClues();

    @Message("每条线索一种财产。写得越具体,法院越容易核查。")
    String stepCluesHint();

    @Message("选择线索类型")
    String chooseType();

    @Message("已提供的线索")
    String cluesSoFar();

    @Message("还没有线索。")
    String noCluesYet();

    @Message("保存这条线索")
    String addClue();

    @Message("换一种类型")
    String otherType();

    @Message("与 {date} 已提供的线索重复")
    String duplicate(String date);

    @Message("第二步:证据材料")
    String stepEvidence();

    @Message("可上传 PDF、JPEG 或 PNG 文件;单个文件不超过 {size},每份申请合计不超过 {total}、最多 {count} 个文件。文件类型按内容识别,系统记录每个文件的 SHA-256 校验值。")
    String evidenceHint(String size, String total, int count);

    @Message("选择文件")
    String chooseFiles();

    @Message("上传")
    String upload();

    @Message("文件超过大小上限,请压缩或拆分后再上传。")
    String tooLargeClient();

    @Message("已上传的证据")
    String evidenceSoFar();

    @Message("还没有上传证据。")
    String noEvidenceYet();

    @Message("文件名")
    String fileName();

    @Message("类型")
    String fileType();

    @Message("大小")
    String fileSize();

    @Message("SHA-256")
    String sha256();

    @Message("下载")
    String download();

    @Message("第三步:声明并提交")
    String stepSubmit();

    @Message("本人保证所提供的财产线索和证据真实;如有虚假,愿承担相应的法律责任。")
    String declaration();

    @Message("申请紧急控制措施(财产有被转移、隐匿的危险时)")
    String urgent();

    @Message("紧急的理由")
    String urgentReason();

    @Message("选择紧急控制后,核查期限缩短为 {days} 日。")
    String urgentHint(int days);

    @Message("提交法院")
    String submit();

    @Message("至少保存一条线索后才能提交。")
    String submitNeedsClue();

    @Message("必填")
    String required();

    @Message("恢复执行申请 第{id}号")
    String applicationTitle(long id);

    @Message("核查期限")
    String clock();

    @Message("{days} 日")
    String clockDays(int days);

    @Message("剩余 {days} 日")
    String daysLeft(int days);

    @Message("已逾期 {days} 日")
    String daysLate(int days);

    @Message("法院未在核查期限内记录核查结果。您可以联系承办法官,或向执行法院、上一级法院反映。")
    String overdueExplained();

    @Message("法院要求补充材料")
    String materialsRequested();

    @Message("先在申请页面补充线索或证据,再在此说明补充了什么。提交后核查期限重新计算。")
    String answerHint();

    @Message("补充线索或证据")
    String addMaterials();

    @Message("提交补充材料")
    String answer();

    @Message("补充说明")
    String answerMessage();

    @Message("法院已决定恢复执行,新案号:")
    String decisionAccepted();

    @Message("法院决定不予恢复执行")
    String decisionRejected();

    @Message("理由")
    String reason();

    @Message("说明")
    String note();

    @Message("决定时间")
    String decidedAt();

    @Message("财产线索")
    String clues();

    @Message("类型")
    String type();

    @Message("内容")
    String details();

    @Message("核查结果")
    String verification();

    @Message("证据材料")
    String evidence();

    @Message("办理经过")
    String timeline();

    @Message("时间")
    String when();

    @Message("操作人")
    String who();

    @Message("事项")
    String what();

    @Message("撤回申请")
    String withdraw();

    @Message("撤回原因(可不填)")
    String withdrawReason();

    @Message("撤回后该申请不再办理;之后仍可以重新申请。")
    String withdrawConfirm();

    @Message("已申请紧急控制措施")
    String urgentRequested();

    @Message("恢复执行申请审查")
    String queueTitle();

    @Message("本院收到的恢复执行申请,已逾期的排在最前,其余按核查期限先后排列。")
    String queueIntro();

    @Message("目前没有待处理的申请。")
    String queueEmpty();

    @Message("最近办结")
    String recentlyClosed();

    @Message("申请人")
    String applicantName();

    @Message("已逾期")
    String overdue();

    @Message("案件情况")
    String caseFacts();

    @Message("规定动作核查")
    String compliance();

    @Message("未满足 {failed} 项,已满足 {passed} 项,无法判断 {unknown} 项")
    String complianceCounts(long failed, long passed, long unknown);

    @Message("本案以往的申请")
    String earlier();

    @Message("处理")
    String actions();

    @Message("要求补充材料")
    String requestMaterials();

    @Message("需要补充什么(将发送给申请人)")
    String materialsMessage();

    @Message("记录核查结果")
    String recordVerification();

    @Message("结果")
    String result();

    @Message("核查情况(不属实或部分属实时必填)")
    String verificationNote();

    @Message("已采取紧急控制措施")
    String takeUrgentControl();

    @Message("采取了哪些措施")
    String urgentNote();

    @Message("恢复执行")
    String accept();

    @Message("执恢案号")
    String childCaseNumber();

    @Message("不予恢复执行")
    String reject();

    @Message("理由")
    String rejectReason();

    @Message("说明(选择\"其他理由\"时必填)")
    String rejectNote();

    @Message("提交")
    String send();

    @Message("—")
    String noClock();

    @Message("只能上传 PDF、JPEG 或 PNG 文件。")
    String wrongTypeClient();

    @Message("确定撤回这份恢复执行申请吗?撤回后本申请即结束,以后可以重新申请。")
    String withdrawPrompt();
}
