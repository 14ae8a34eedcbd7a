package org.zhongben.portal.casefile.vocabulary;

import java.util.EnumSet;
import java.util.Set;

import org.zhongben.portal.common.i18n.Labelled;

/** Asset categories (财产调查规定 Art. 5 plus the network inquiry system's categories; domain.md §9.2). */
public enum AssetCategory implements Labelled {
    BANK_DEPOSIT("银行存款", "Bank deposits", true, ControlTerm.DEPOSIT),
    INTERNET_BANK("互联网银行存款", "Internet bank deposits", true, ControlTerm.DEPOSIT),
    ONLINE_PAYMENT("网络资金(第三方支付)", "Online payment funds", true, ControlTerm.DEPOSIT),
    WEALTH_PRODUCT("理财产品", "Wealth-management products", true, ControlTerm.PROPERTY_RIGHT),
    SECURITIES("证券", "Securities", true, ControlTerm.PROPERTY_RIGHT),
    FUND_UNITS("基金份额", "Fund units", true, ControlTerm.PROPERTY_RIGHT),
    INSURANCE_CASH_VALUE("收益类保险", "Insurance with cash value", true, ControlTerm.PROPERTY_RIGHT),
    DIVIDENDS("股息红利", "Dividends", true, ControlTerm.PROPERTY_RIGHT),
    HOUSING_FUND("住房公积金", "Housing provident fund", true, ControlTerm.DEPOSIT),
    INCOME_WAGES("收入、工资", "Income and wages", false, ControlTerm.DEPOSIT),
    CASH("现金", "Cash", false, ControlTerm.MOVABLE),
    REAL_ESTATE("房屋", "Real estate", true, ControlTerm.PROPERTY_RIGHT),
    LAND_USE_RIGHT("土地使用权", "Land-use rights", true, ControlTerm.PROPERTY_RIGHT),
    VEHICLE("车辆", "Vehicles", true, ControlTerm.MOVABLE),
    VESSEL("船舶", "Vessels", true, ControlTerm.MOVABLE),
    AIRCRAFT("航空器", "Aircraft", false, ControlTerm.MOVABLE),
    MACHINERY_INVENTORY("机器设备、产品、原材料", "Machinery, products and materials", false, ControlTerm.MOVABLE),
    RECEIVABLE("到期债权", "Receivables", false, ControlTerm.PROPERTY_RIGHT),
    EQUITY("股权、投资权益", "Equity and investment interests", true, ControlTerm.PROPERTY_RIGHT),
    TRUST_INTEREST("信托受益权", "Trust beneficial interests", false, ControlTerm.PROPERTY_RIGHT),
    IP("知识产权", "Intellectual property", false, ControlTerm.PROPERTY_RIGHT),
    OTHER("其他财产", "Other property", false, ControlTerm.PROPERTY_RIGHT);

    /**
     * Maximum term of one freeze, seizure or impoundment and of each renewal (民诉法解释 Art. 485 [C]): deposits one
     * year, movables two years, real estate and other property rights three years. Which category falls under which
     * term is the portal's reading of the article.
     */
    public enum ControlTerm {
        DEPOSIT(12),
        MOVABLE(24),
        PROPERTY_RIGHT(36);

        private final int months;

        ControlTerm(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }
    }

    /**
     * The categories a pre-termination network query must at least cover: deposits, vehicles, real estate and
     * securities (domain.md §10.1 C7, tagged [R]).
     */
    public static final Set<AssetCategory> REQUIRED_NETWORK = EnumSet.of(BANK_DEPOSIT, VEHICLE, REAL_ESTATE, SECURITIES);

    private final String zh;
    private final String en;
    private final boolean networkQueryable;
    private final ControlTerm controlTerm;

    AssetCategory(String zh, String en, boolean networkQueryable, ControlTerm controlTerm) {
        this.zh = zh;
        this.en = en;
        this.networkQueryable = networkQueryable;
        this.controlTerm = controlTerm;
    }

    /** Whether the network inquiry and control system (网络执行查控系统) answers for this category. */
    public boolean networkQueryable() {
        return networkQueryable;
    }

    public ControlTerm controlTerm() {
        return controlTerm;
    }

    /** Housing fund and wages only exist for natural persons. */
    public boolean naturalPersonsOnly() {
        return this == HOUSING_FUND || this == INCOME_WAGES;
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
