package org.zhongben.portal.resumption.clue;

import static org.zhongben.portal.resumption.clue.ClueField.choice;
import static org.zhongben.portal.resumption.clue.ClueField.field;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.zhongben.portal.common.i18n.Labelled;
import org.zhongben.portal.common.i18n.Text;
import org.zhongben.portal.resumption.clue.ClueField.Format;

/**
 * Kinds of property clue (财产线索) a creditor can give to have an enforcement resumed. Each kind asks for what the
 * court needs to find and control that property (财产调查规定 Art. 2: clues should be clear and specific).
 */
public enum ClueType implements Labelled {
    BANK_ACCOUNT("银行账户", "Bank account",
            Text.of("被执行人名下的银行账户。写明开户行（最好具体到支行）和完整账号，法院可据此冻结、扣划存款。",
                    "A bank account in the debtor's name. Give the bank (ideally the branch) and the full account"
                            + " number so that the court can freeze and deduct the deposit."),
            field("bank", Format.TEXT, 100, "开户银行", "Bank").asRequired()
                    .withHint("如 中国工商银行北京朝阳支行", "e.g. ICBC Beijing Chaoyang Sub-branch"),
            field("accountNumber", Format.BANK_ACCOUNT_NUMBER, 40, "账号", "Account number").asRequired()
                    .withHint("8至30位数字，可用空格或短横线分隔", "8 to 30 digits; spaces or dashes are fine"),
            field("holder", Format.TEXT, 100, "户名", "Account holder").asRequired()
                    .withHint("账户所有人的姓名或单位名称", "Name of the person or company holding the account")),
    ONLINE_PAYMENT("第三方支付账户", "Online payment account",
            Text.of("被执行人使用的支付宝、微信支付等账户。提供登录或绑定的手机号、邮箱或账号，法院可向支付机构查询、冻结余额。",
                    "An Alipay, WeChat Pay or similar account of the debtor. Give the mobile number, e-mail or"
                            + " account name it is registered under so that the court can ask the provider to freeze"
                            + " the balance."),
            choice("platform", PaymentPlatform.class, "支付平台", "Platform").asRequired(),
            field("account", Format.PAYMENT_ACCOUNT, 100, "账号", "Account").asRequired()
                    .withHint("手机号、邮箱或平台账号，如 13800138000", "Mobile number, e-mail or account name, e.g. 13800138000"),
            field("holder", Format.TEXT, 100, "实名认证人", "Account holder")),
    SECURITIES("证券账户", "Securities account",
            Text.of("被执行人的股票、基金等证券账户。写明证券公司和资金账号，法院可向证券公司查询并冻结。",
                    "A share or fund account of the debtor. Give the brokerage and the fund account number so that"
                            + " the court can have the brokerage freeze it."),
            field("brokerage", Format.TEXT, 100, "证券公司", "Brokerage").asRequired()
                    .withHint("如 华泰证券南京中山路营业部", "e.g. Huatai Securities, Nanjing Zhongshan Road branch"),
            field("accountNumber", Format.FUND_ACCOUNT, 30, "资金账号", "Fund account number").asRequired()
                    .withHint("6至20位数字或字母", "6 to 20 digits or letters"),
            field("holder", Format.TEXT, 100, "开户人", "Account holder")),
    VEHICLE("车辆", "Vehicle",
            Text.of("被执行人名下或实际使用的机动车。车牌号最关键；写明最近在何处见到车辆，有助于法院查找和扣押。",
                    "A motor vehicle the debtor owns or uses. The plate number matters most; saying where the vehicle"
                            + " was last seen helps the court find and impound it."),
            field("plate", Format.PLATE, 12, "车牌号", "Plate number").asRequired()
                    .withHint("如 京A12345，新能源车如 京AD12345", "e.g. 京A12345; new-energy plates such as 京AD12345"),
            field("brand", Format.TEXT, 50, "品牌型号", "Make and model").withHint("如 比亚迪汉", "e.g. BYD Han"),
            field("seenAt", Format.TEXT, 200, "最近出现地点", "Where last seen")
                    .withHint("时间和地点，如 2024年5月 某小区地下车库", "When and where, e.g. May 2024, car park of a housing estate")),
    REAL_ESTATE("不动产", "Real estate",
            Text.of("被执行人名下的房屋、土地。写明不动产权证号和坐落地址，法院可到不动产登记机构查封。",
                    "A building or land registered to the debtor. Give the title certificate number and the address"
                            + " so that the court can have the registry seal it."),
            field("certificateNumber", Format.CERTIFICATE, 60, "不动产权证号", "Title certificate number").asRequired()
                    .withHint("如 京（2020）朝阳区不动产权第0001234号", "e.g. 京（2020）朝阳区不动产权第0001234号"),
            field("address", Format.TEXT, 200, "坐落地址", "Address").asRequired(),
            field("owner", Format.TEXT, 100, "登记权利人", "Registered owner")),
    EQUITY("股权", "Equity in a company",
            Text.of("被执行人在公司持有的股权。提供公司名称和统一社会信用代码（见营业执照或国家企业信用信息公示系统），法院可冻结股权。",
                    "Shares the debtor holds in a company. Give the company name and its unified social credit code"
                            + " (on the business licence or the national enterprise credit system) so that the court"
                            + " can freeze the shares."),
            field("company", Format.TEXT, 100, "公司名称", "Company").asRequired(),
            field("creditCode", Format.CREDIT_CODE, 24, "统一社会信用代码", "Unified social credit code").asRequired()
                    .withHint("18位，如 91350100M000100Y43", "18 characters, e.g. 91350100M000100Y43"),
            field("share", Format.SHARE, 10, "持股比例（%）", "Shareholding (%)")
                    .withHint("大于0且不超过100，如 35 或 35.5%", "More than 0 and at most 100, e.g. 35 or 35.5%")),
    WAGES("工资收入", "Wages and income",
            Text.of("被执行人的工资等收入。写明现在的工作单位，法院可要求单位协助扣留、提取收入。",
                    "Wages or other income of the debtor. Name the current employer so that the court can order it"
                            + " to withhold the income."),
            field("employer", Format.TEXT, 100, "工作单位", "Employer").asRequired(),
            field("employerCreditCode", Format.CREDIT_CODE, 24, "单位统一社会信用代码", "Employer's unified social credit code")
                    .withHint("18位，如 91350100M000100Y43", "18 characters, e.g. 91350100M000100Y43"),
            field("position", Format.TEXT, 50, "职务", "Position"),
            field("monthlyIncome", Format.MONEY, 24, "月收入（元）", "Monthly income (yuan)").withHint("如 8,000", "e.g. 8,000")),
    RECEIVABLE("到期债权", "Receivable owed to the debtor",
            Text.of("第三人欠被执行人的到期债务。写明欠款人、金额和依据（合同、判决等），法院可通知第三人向申请执行人履行。",
                    "Money a third party owes the debtor and that has fallen due. Name the third party, the amount"
                            + " and its basis (contract, judgment) so that the court can order the third party to pay."),
            field("thirdParty", Format.TEXT, 100, "欠款人（次债务人）", "Third party owing the debtor").asRequired(),
            field("amount", Format.MONEY, 24, "金额（元）", "Amount (yuan)").asRequired()
                    .withHint("如 1,234.50", "e.g. 1,234.50"),
            field("basis", Format.PROSE, 500, "债权依据", "Basis of the debt").asRequired()
                    .withHint("合同、判决书或其他依据及其编号", "Contract, judgment or other basis, with its number"),
            field("dueDate", Format.DATE, 10, "到期日", "Due date").withHint("yyyy-MM-dd，如 2024-06-30",
                    "yyyy-MM-dd, e.g. 2024-06-30")),
    OTHER("其他财产", "Other property",
            Text.of("以上类别以外的财产。写明是什么财产、在哪里、您如何得知，线索越具体越便于法院核查。",
                    "Property of any other kind. Say what it is, where it is and how you know; the more specific,"
                            + " the easier for the court to verify."),
            field("description", Format.PROSE, 1000, "财产情况", "Description").asRequired().withMinLength(10),
            field("location", Format.TEXT, 200, "财产所在地", "Location"));

    /** Where an online payment account is held. */
    enum PaymentPlatform implements Labelled {
        ALIPAY("支付宝", "Alipay"),
        WECHAT_PAY("微信支付", "WeChat Pay"),
        JD_PAY("京东支付", "JD Pay"),
        OTHER("其他", "Other");

        private final String zh;
        private final String en;

        PaymentPlatform(String zh, String en) {
            this.zh = zh;
            this.en = en;
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

    private final String zh;
    private final String en;
    private final Text hint;
    private final List<ClueField> fields;

    ClueType(String zh, String en, Text hint, ClueField... fields) {
        this.zh = zh;
        this.en = en;
        this.hint = hint;
        this.fields = List.of(fields);
    }

    /** The type named by {@code code}, ignoring case and surrounding blanks; {@code null} when there is none. */
    public static ClueType parse(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = code.strip();
        return Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** What this kind of property is and what the court needs to act on it. */
    public Text hint() {
        return hint;
    }

    public String hint(Locale locale) {
        return hint.label(locale);
    }

    /** The form fields, in display order. */
    public List<ClueField> fields() {
        return fields;
    }

    ClueField fieldNamed(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst().orElse(null);
    }
}
