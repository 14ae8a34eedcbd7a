package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 限制消费的事项 (限消规定第三条). */
public enum RestrictionItem implements Labelled {
    AIR_SOFT_SLEEPER_SHIP_2ND_PLUS("乘坐飞机、列车软卧、轮船二等以上舱位", "Flights, soft sleepers, second-class or better ship berths"),
    STAR_HOTEL_NIGHTCLUB_GOLF("在星级以上宾馆、夜总会、高尔夫球场等场所高消费", "Star-rated hotels, nightclubs, golf courses"),
    BUY_OR_RENOVATE_REAL_ESTATE("购买不动产或者新建、扩建、高档装修房屋", "Buying real estate or building and luxury renovation"),
    RENT_HIGH_END_OFFICE("租赁高档写字楼、宾馆、公寓等场所办公", "Renting high-end offices, hotels or apartments"),
    BUY_NON_BUSINESS_VEHICLE("购买非经营必需车辆", "Buying vehicles not needed for business"),
    TRAVEL_HOLIDAY("旅游、度假", "Travel and holidays"),
    PRIVATE_SCHOOL_FEES("子女就读高收费私立学校", "High-fee private schools for children"),
    HIGH_PREMIUM_INSURANCE("支付高额保费购买保险理财产品", "High-premium insurance and wealth products"),
    G_TRAIN_OR_1ST_CLASS_BULLET_TRAIN("乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位",
            "Any seat on G trains, first class or above on other bullet trains");

    private final String zh;
    private final String en;

    RestrictionItem(String zh, String en) {
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
