package org.zhongben.portal.demo;

import java.util.List;

/**
 * A court the demo generator files cases at: a real court code (法院代字) and name, with the places its parties come
 * from.
 *
 * @param code court code as used in case numbers, e.g. {@code 京0105}
 * @param name full name, e.g. 北京市朝阳区人民法院
 * @param regions administrative divisions in the court's area; the first is the court's seat
 * @param city short city name used in company names, e.g. 北京 or 义乌
 * @param prefecture prefecture-level city for arbitration commissions and notaries, e.g. 金华 for 义乌
 * @param provinceName province as used in branch names, e.g. 广东省 or 北京市
 * @param areaCode telephone area code, e.g. 010
 * @param bankruptcyCourt the intermediate court that hears bankruptcy cases for the court's area (执转破)
 * @param weight relative caseload; busy courts get more cases
 */
public record DemoCourt(String code, String name, List<Region> regions, String city, String prefecture,
        String provinceName, String areaCode, String bankruptcyCourt, int weight) {

    public DemoCourt {
        regions = List.copyOf(regions);
        if (regions.isEmpty() || weight < 1) {
            throw new IllegalArgumentException("a court needs a region and a positive weight: " + code);
        }
    }

    /** Province abbreviation, the first character of the court code (京, 沪, 粤 ...). */
    public char provinceAbbreviation() {
        return code.charAt(0);
    }

    /** Intermediate courts have a two-digit code (粤07); basic courts four digits (粤0703). */
    public boolean intermediate() {
        return code.length() == 3;
    }

    /** The court's seat. */
    public Region seat() {
        return regions.get(0);
    }

    /**
     * An administrative division (行政区划).
     *
     * @param code six-digit division code, the first six digits of resident ID numbers issued there
     * @param address address prefix, e.g. 北京市朝阳区
     * @param branchPlace place as written in bank branch names, e.g. 北京朝阳 (…股份有限公司北京朝阳支行)
     */
    public record Region(String code, String address, String branchPlace) {
    }
}
