package org.zhongben.portal.casefile.vocabulary;

import java.util.Optional;

import org.zhongben.portal.common.i18n.Labelled;

/** Enforcement case types and their 类型代字 in the case number (domain.md §5.2). */
public enum CaseType implements Labelled {
    /** 首次执行 */
    ZHI("执", "首次执行", "First enforcement"),
    /** 恢复执行: the case opened when a 终本 case is resumed */
    ZHI_HUI("执恢", "恢复执行", "Resumed enforcement"),
    ZHI_BAO("执保", "财产保全执行", "Enforcement of preservation"),
    ZHI_YI("执异", "执行异议", "Enforcement objection"),
    ZHI_FU("执复", "执行复议", "Enforcement reconsideration"),
    ZHI_JIAN("执监", "执行监督", "Enforcement supervision"),
    ZHI_XIE("执协", "执行协调", "Enforcement coordination"),
    ZHI_TA("执他", "其他执行事项", "Other enforcement matter");

    private final String typeCode;
    private final String zh;
    private final String en;

    CaseType(String typeCode, String zh, String en) {
        this.typeCode = typeCode;
        this.zh = zh;
        this.en = en;
    }

    /** The characters that stand for this type inside a case number. */
    public String typeCode() {
        return typeCode;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    public static Optional<CaseType> fromTypeCode(String code) {
        for (CaseType type : values()) {
            if (type.typeCode.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
