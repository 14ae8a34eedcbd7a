package org.zhongben.portal.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.zhongben.portal.cases.ObjectionDraft;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.records.pdf.Block;
import org.zhongben.portal.records.pdf.Heading;
import org.zhongben.portal.records.pdf.Paragraph;
import org.zhongben.portal.records.pdf.RecordDocument;

/**
 * The objection draft as a PDF to print and sign. The filing itself is always in Chinese (it goes to a Chinese court);
 * an English reader gets the translation after it, as on the page.
 */
final class ObjectionContent {

    private ObjectionContent() {
    }

    static RecordDocument document(ObjectionDraft draft, Locale locale) {
        List<Block> blocks = new ArrayList<>();
        String court = draft.courtName() == null ? "____________" : draft.courtName();
        blocks.add(new Paragraph("申请人(申请执行人):" + orBlank(draft.applicant())));
        blocks.add(new Paragraph("被执行人:" + String.join("、", draft.debtors())));
        blocks.add(new Paragraph("执行法院:" + court + "　执行案号:" + draft.caseNumber()));
        blocks.add(new Heading(2, "请求事项"));
        blocks.add(new Paragraph("一、撤销" + (draft.rulingNumber() == null ? "本案" : draft.rulingNumber())
                + "终结本次执行程序裁定(裁定日期:" + zh(draft.ruledOn()) + ");"));
        blocks.add(new Paragraph("二、恢复本案执行,依法完成下列未完成的规定动作。"));
        blocks.add(new Heading(2, "事实与理由"));
        blocks.add(new Paragraph(court + "于" + zh(draft.ruledOn()) + "作出上述终结本次执行程序裁定"
                + (draft.servedOn() == null ? "" : ",申请人于" + zh(draft.servedOn()) + "收到该裁定")
                + "。根据《最高人民法院关于严格规范终结本次执行程序的规定(试行)》等规定,终结本次执行程序应当同时满足法定条件、"
                + "完成规定动作。经核对本案执行案卷,存在下列问题:"));
        int n = 1;
        for (ObjectionDraft.Ground ground : draft.grounds()) {
            blocks.add(new Paragraph(n++ + ". " + ground.titleZh() + "。" + ground.explanationZh()));
            if (!ground.evidenceZh().isEmpty()) {
                blocks.add(new Paragraph("相关记录:" + String.join(";", ground.evidenceZh()), true));
            }
            blocks.add(new Paragraph("依据:" + ground.basesZh(), true));
        }
        blocks.add(new Paragraph("综上,本案终结本次执行程序不符合规定,特提出执行异议,请求依法支持申请人的请求。"));
        blocks.add(new Paragraph("此致"));
        blocks.add(new Paragraph(court));
        blocks.add(new Paragraph("申请人(签名或盖章):____________　日期:____年____月____日"));
        if (Languages.isEnglish(locale)) {
            blocks.add(new Heading(1, "English translation (for your information; file the Chinese text)"));
            blocks.add(new Paragraph("Objection to enforcement. Applicant (creditor): " + orBlank(draft.applicant())
                    + ". Case " + draft.caseNumber() + ". Requests: set aside the termination ruling "
                    + orBlank(draft.rulingNumber()) + " and resume enforcement to carry out the prescribed actions below."));
            for (ObjectionDraft.Ground ground : draft.grounds()) {
                blocks.add(new Paragraph(ground.titleEn() + ". " + ground.explanationEn() + " Basis: " + ground.basesEn(),
                        true));
            }
        }
        return new RecordDocument("执行异议申请书", List.of("(草稿 · 由终本案件债权人透明门户生成)"), blocks);
    }

    private static String zh(LocalDate date) {
        return date == null ? "____年__月__日" : Languages.formatDate(date, Languages.ZH);
    }

    private static String orBlank(String text) {
        return text == null ? "____________" : text;
    }
}
