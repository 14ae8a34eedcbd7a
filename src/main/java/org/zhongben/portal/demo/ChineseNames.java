package org.zhongben.portal.demo;

import java.util.SplittableRandom;

/**
 * Plausible, fictitious Chinese names of people and organisations. Surnames follow their frequency in the population
 * (roughly the 2020 census shares, per ten thousand), so 王, 李 and 张 dominate as they do in real case lists.
 */
final class ChineseNames {

    private static final String[] SURNAMES = {
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗",
            "郑", "梁", "谢", "宋", "唐", "许", "韩", "邓", "冯", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余",
            "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖",
            "石", "金", "韦", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦", "邱", "侯", "江", "尹", "薛", "闫", "段", "雷",
            "龙", "黎", "史", "陶", "贺", "毛", "郝", "顾", "龚", "邵", "万", "覃", "武", "钱", "戴", "严", "莫", "孔", "向", "常",
            "汤", "欧阳", "司马", "诸葛", "上官" };

    private static final int[] SURNAME_WEIGHTS = {
            710, 700, 650, 540, 460, 310, 250, 230, 200, 190, 160, 150, 140, 130, 120, 120, 110, 110, 110, 100,
            90, 90, 80, 70, 70, 70, 70, 70, 70, 60, 60, 60, 60, 50, 50, 50, 50, 50, 50, 50,
            50, 50, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
            20, 5, 1, 1, 1 };

    private static final int[] SURNAME_CUMULATIVE = cumulative(SURNAME_WEIGHTS);

    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国峰亮成东志文海新永兵德庆春光荣振江山胜利忠祥福贵";
    private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪慧莹倩洁琳颖晶欣妍红梅兰英萍琴云蓉凤秀佳璐悦瑶怡婧思雨萱丹薇月春桂";

    private static final String TRADE = "鑫华恒盛源达泰隆兴瑞丰宏利通嘉博佳汇创亿金宇鸿凯晟铭卓新远安诚德信中天海永辉荣锦润昌祥华联合众邦";

    private static final String[] INDUSTRIES = {
            "贸易", "科技", "建筑工程", "商贸", "实业", "投资管理", "餐饮管理", "物流", "装饰工程", "房地产开发", "电子", "机械设备",
            "服装", "文化传媒", "信息技术", "供应链管理", "建材", "食品", "网络科技", "汽车销售", "医疗器械", "劳务派遣", "环保科技",
            "五金制品", "塑胶制品" };

    private static final String[] BANKS = {
            "中国工商银行股份有限公司", "中国农业银行股份有限公司", "中国银行股份有限公司", "中国建设银行股份有限公司", "交通银行股份有限公司",
            "招商银行股份有限公司", "中信银行股份有限公司", "兴业银行股份有限公司", "上海浦东发展银行股份有限公司", "中国民生银行股份有限公司",
            "平安银行股份有限公司", "中国光大银行股份有限公司", "华夏银行股份有限公司", "广发银行股份有限公司", "中国邮政储蓄银行股份有限公司" };

    private static final int[] BANK_WEIGHTS = { 14, 12, 11, 13, 6, 8, 5, 5, 5, 5, 6, 4, 3, 3, 5 };

    private static final int[] BANK_CUMULATIVE = cumulative(BANK_WEIGHTS);

    private static final String[] ASSET_MANAGERS = {
            "中国华融资产管理股份有限公司", "中国长城资产管理股份有限公司", "中国东方资产管理股份有限公司", "中国信达资产管理股份有限公司" };

    private static final String[] STREETS = {
            "人民路", "解放路", "中山路", "建设路", "新华路", "胜利路", "文化路", "和平路", "幸福路", "青年路", "光明路", "东风路",
            "长江路", "黄河路", "朝阳路", "南京路", "工业大道", "滨河路", "学府路", "园区路", "迎宾大道", "财富大道" };

    static {
        if (SURNAMES.length != SURNAME_WEIGHTS.length || BANKS.length != BANK_WEIGHTS.length) {
            throw new IllegalStateException("every surname and bank needs a weight");
        }
    }

    private ChineseNames() {
    }

    /** A person's name; {@code male} picks the given-name characters. */
    static String person(SplittableRandom rng, boolean male) {
        String surname = SURNAMES[weighted(rng, SURNAME_CUMULATIVE)];
        String pool = male ? MALE : FEMALE;
        char first = pool.charAt(rng.nextInt(pool.length()));
        // about three in four people born after 1960 have two-character given names
        if (rng.nextInt(4) == 0) {
            return surname + first;
        }
        char second = pool.charAt(rng.nextInt(pool.length()));
        return surname + first + second;
    }

    /** A company name such as 杭州鑫源贸易有限公司. */
    static String company(SplittableRandom rng, String city) {
        return city + tradeName(rng) + INDUSTRIES[rng.nextInt(INDUSTRIES.length)]
                + (rng.nextInt(10) == 0 ? "有限责任公司" : "有限公司");
    }

    /** A small-loan company, a frequent creditor in consumer-credit cases. */
    static String smallLoanCompany(SplittableRandom rng, String city) {
        return city + tradeName(rng) + "小额贷款有限公司";
    }

    /** A bank branch such as 中国工商银行股份有限公司北京朝阳支行. */
    static String bankBranch(SplittableRandom rng, String branchPlace) {
        return BANKS[weighted(rng, BANK_CUMULATIVE)] + branchPlace + "支行";
    }

    /** A provincial branch of one of the four state asset-management companies (buyers of bad loans). */
    static String assetManager(SplittableRandom rng, String provinceName) {
        String province = provinceName.endsWith("市") || provinceName.endsWith("省")
                ? provinceName.substring(0, provinceName.length() - 1)
                : provinceName;
        return ASSET_MANAGERS[rng.nextInt(ASSET_MANAGERS.length)] + province + (provinceName.endsWith("市") ? "市分公司" : "省分公司");
    }

    /** A street address inside {@code prefix}, e.g. 北京市朝阳区建设路128号3号楼2单元502室. */
    static String address(SplittableRandom rng, String prefix, boolean business) {
        String street = STREETS[rng.nextInt(STREETS.length)] + (1 + rng.nextInt(399)) + "号";
        if (business) {
            return prefix + street + (rng.nextBoolean() ? (1 + rng.nextInt(28)) + "层" + (1 + rng.nextInt(20)) + "室" : "");
        }
        return prefix + street + (1 + rng.nextInt(30)) + "号楼" + (1 + rng.nextInt(6)) + "单元"
                + (1 + rng.nextInt(30)) + "0" + (1 + rng.nextInt(6)) + "室";
    }

    static String street(SplittableRandom rng) {
        return STREETS[rng.nextInt(STREETS.length)];
    }

    static String bankName(SplittableRandom rng) {
        String bank = BANKS[weighted(rng, BANK_CUMULATIVE)];
        return bank.substring(0, bank.length() - "股份有限公司".length());
    }

    private static String tradeName(SplittableRandom rng) {
        char a = TRADE.charAt(rng.nextInt(TRADE.length()));
        char b;
        do {
            b = TRADE.charAt(rng.nextInt(TRADE.length()));
        } while (b == a);
        return "" + a + b;
    }

    static int weighted(SplittableRandom rng, int[] cumulative) {
        int pick = rng.nextInt(cumulative[cumulative.length - 1]);
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > pick) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    static int[] cumulative(int[] weights) {
        int[] cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
