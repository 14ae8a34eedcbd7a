package org.zhongben.portal.resumption.clue;

import java.util.LinkedHashMap;
import java.util.Map;

/** Complete, valid form input for each clue type, to be varied one field at a time. */
final class ClueInputs {

    private ClueInputs() {
    }

    static Map<String, String> valid(ClueType type) {
        Map<String, String> input = new LinkedHashMap<>();
        switch (type) {
            case BANK_ACCOUNT -> {
                input.put("bank", "中国工商银行北京朝阳支行");
                input.put("accountNumber", "6222600260001072444");
                input.put("holder", "张三");
            }
            case ONLINE_PAYMENT -> {
                input.put("platform", "ALIPAY");
                input.put("account", "13800138000");
                input.put("holder", "张三");
            }
            case SECURITIES -> {
                input.put("brokerage", "华泰证券南京中山路营业部");
                input.put("accountNumber", "A123456789");
                input.put("holder", "张三");
            }
            case VEHICLE -> {
                input.put("plate", "京A12345");
                input.put("brand", "比亚迪汉");
                input.put("seenAt", "2024年5月 朝阳区某小区地下车库");
            }
            case REAL_ESTATE -> {
                input.put("certificateNumber", "京(2020)朝阳区不动产权第0001234号");
                input.put("address", "北京市朝阳区建国路1号院2号楼301");
                input.put("owner", "张三");
            }
            case EQUITY -> {
                input.put("company", "福州某某科技有限公司");
                input.put("creditCode", "91350100M000100Y43");
                input.put("share", "35");
            }
            case WAGES -> {
                input.put("employer", "深圳某某网络有限公司");
                input.put("employerCreditCode", "91440300708461136T");
                input.put("position", "产品经理");
                input.put("monthlyIncome", "25000");
            }
            case RECEIVABLE -> {
                input.put("thirdParty", "某某建设工程有限公司");
                input.put("amount", "120000");
                input.put("basis", "2023年3月签订的装修工程合同第5条，尾款已于2024年6月到期");
                input.put("dueDate", "2024-06-30");
            }
            case OTHER -> {
                input.put("description", "被执行人在城南服装市场经营一家服装店，店内有大量存货");
                input.put("location", "城南服装市场二楼218号");
            }
        }
        return input;
    }

    /** The valid input of {@code type} with one field replaced; {@code null} removes it. */
    static Map<String, String> with(ClueType type, String field, String value) {
        Map<String, String> input = valid(type);
        if (value == null) {
            input.remove(field);
        } else {
            input.put(field, value);
        }
        return input;
    }
}
