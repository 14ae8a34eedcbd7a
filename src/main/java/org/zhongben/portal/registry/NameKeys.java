package org.zhongben.portal.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Keys for "one character different" name search: 王小明 → ?小明, 王?明, 王小?. A query name produces the same keys, so
 * any stored name that differs from it in at most one position shares a key with it. Names are compared by code
 * point, so characters outside the basic plane count as one.
 */
final class NameKeys {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 30;

    private NameKeys() {
    }

    static List<String> of(String name) {
        if (name == null) {
            return List.of();
        }
        int[] points = name.strip().codePoints().toArray();
        if (points.length < MIN_LENGTH || points.length > MAX_LENGTH) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(points.length);
        for (int i = 0; i < points.length; i++) {
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < points.length; j++) {
                if (i == j) {
                    key.append('?');
                } else {
                    key.appendCodePoint(points[j]);
                }
            }
            keys.add(key.toString());
        }
        return keys;
    }
}
