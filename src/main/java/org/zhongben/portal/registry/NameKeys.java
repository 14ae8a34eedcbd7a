package org.zhongben.portal.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Index keys for fuzzy name search, stored in {@code registry_name_key} and computed the same way for a query, so a
 * fuzzy search is an indexed equality lookup on any shared key:
 * <ul>
 * <li>one character different: 王小明 → ?小明, 王?明, 王小? (so 王晓明 and 汪小明 share a key with it);</li>
 * <li>sounds the same: a name written wholly in Chinese characters → {@code py:wang xiao ming} (toneless pinyin, so
 * 汪晓鸣 shares it too). A character with several readings (曾 zeng/ceng, 单 shan/dan) gives one key per combination,
 * at most {@value #MAX_SOUND_KEYS} per name.</li>
 * </ul>
 * Names are compared by code point, so characters outside the basic plane count as one (they have no pinyin here).
 * Run as a program, it prints each name read from standard input with each of its keys (tab-separated), for bulk
 * loaders that must store what intake would have stored.
 */
final class NameKeys {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 30;
    /** Personal names are two to four characters; longer all-Chinese names (organisations) get no sound keys. */
    static final int MAX_SOUND_LENGTH = 6;
    static final int MAX_SOUND_KEYS = 8;
    static final String SOUND_PREFIX = "py:";

    private static final HanyuPinyinOutputFormat TONELESS = new HanyuPinyinOutputFormat();

    static {
        TONELESS.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        TONELESS.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        TONELESS.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private NameKeys() {
    }

    /** Every key of a name: the one-character-different keys, then the sound keys. */
    static List<String> of(String name) {
        List<String> keys = new ArrayList<>(oneDifferent(name));
        keys.addAll(sounds(name));
        return keys;
    }

    static List<String> oneDifferent(String name) {
        int[] points = points(name);
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

    static List<String> sounds(String name) {
        int[] points = points(name);
        if (points.length < MIN_LENGTH || points.length > MAX_SOUND_LENGTH) {
            return List.of();
        }
        List<List<String>> readings = new ArrayList<>(points.length);
        for (int point : points) {
            List<String> of = readings(point);
            if (of.isEmpty()) {
                return List.of();
            }
            readings.add(of);
        }
        List<String> keys = new ArrayList<>();
        combine(readings, 0, new StringBuilder(SOUND_PREFIX), keys);
        return keys;
    }

    /** Depth-first, first readings first, so the cap keeps the most common combinations. */
    private static void combine(List<List<String>> readings, int position, StringBuilder key, List<String> keys) {
        if (keys.size() == MAX_SOUND_KEYS) {
            return;
        }
        if (position == readings.size()) {
            keys.add(key.toString());
            return;
        }
        int length = key.length();
        for (String reading : readings.get(position)) {
            if (position > 0) {
                key.append(' ');
            }
            key.append(reading);
            combine(readings, position + 1, key, keys);
            key.setLength(length);
        }
    }

    /** The distinct toneless readings of one character, in the dictionary's order; none for anything else. */
    private static List<String> readings(int point) {
        if (Character.charCount(point) != 1 || Character.UnicodeScript.of(point) != Character.UnicodeScript.HAN) {
            return List.of();
        }
        String[] all;
        try {
            all = PinyinHelper.toHanyuPinyinStringArray((char) point, TONELESS);
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
        if (all == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>(List.of(all));
        return List.copyOf(distinct);
    }

    private static int[] points(String name) {
        return name == null ? new int[0] : name.strip().codePoints().toArray();
    }

    /** Reads names, one per line, and prints {@code name<TAB>key} for each of their keys. */
    public static void main(String[] arguments) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String name = in.readLine(); name != null; name = in.readLine()) {
                for (String key : of(name)) {
                    out.append(name).append('\t').append(key).append('\n');
                }
            }
        }
        out.flush();
    }
}
