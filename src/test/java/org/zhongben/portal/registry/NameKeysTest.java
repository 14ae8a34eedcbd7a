package org.zhongben.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void eachPositionIsReplacedOnce() {
        assertThat(NameKeys.oneDifferent("王小明")).containsExactly("?小明", "王?明", "王小?");
        assertThat(NameKeys.oneDifferent(" 李娜 ")).containsExactly("?娜", "李?");
    }

    @Test
    void namesOneCharacterApartShareAKeyAndTwoApartDoNot() {
        assertThat(shared(NameKeys.oneDifferent("王小明"), NameKeys.oneDifferent("王晓明"))).isTrue();
        assertThat(shared(NameKeys.oneDifferent("王小明"), NameKeys.oneDifferent("汪小明"))).isTrue();
        assertThat(shared(NameKeys.oneDifferent("王小明"), NameKeys.oneDifferent("汪晓明"))).isFalse();
        assertThat(shared(NameKeys.oneDifferent("王小明"), NameKeys.oneDifferent("王小明华"))).isFalse();
    }

    @Test
    void namesThatSoundTheSameShareASoundKeyWhateverTheirCharacters() {
        assertThat(NameKeys.sounds("王小明")).containsExactly("py:wang xiao ming");
        assertThat(shared(NameKeys.of("王小明"), NameKeys.of("汪晓鸣"))).isTrue();
        assertThat(shared(NameKeys.of("王小明"), NameKeys.of("汪晓东"))).isFalse();
        assertThat(NameKeys.sounds("吕娜")).startsWith("py:lv na");
    }

    @Test
    void aCharacterWithSeveralReadingsGivesAKeyForEach() {
        assertThat(NameKeys.sounds("曾伟")).contains("py:zeng wei", "py:ceng wei");
        assertThat(shared(NameKeys.sounds("曾伟"), NameKeys.sounds("层伟"))).isTrue();
    }

    @Test
    void soundKeysAreCappedPerName() {
        // 长 (chang/zhang), 行 (xing/hang/...), 重 (zhong/chong), 还 (huan/hai): many combinations
        assertThat(NameKeys.sounds("长行重还")).hasSize(NameKeys.MAX_SOUND_KEYS).doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith(NameKeys.SOUND_PREFIX));
    }

    @Test
    void onlyNamesWrittenWhollyInChineseCharactersHaveSoundKeys() {
        assertThat(NameKeys.sounds("Li Na")).isEmpty();
        assertThat(NameKeys.sounds("李A")).isEmpty();
        assertThat(NameKeys.sounds("𠀀明")).isEmpty();
        assertThat(NameKeys.sounds("北京某某科技有限公司")).isEmpty();
        assertThat(NameKeys.of("Li Na")).containsExactly("?i Na", "L? Na", "Li?Na", "Li ?a", "Li N?");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOne() {
        assertThat(NameKeys.of("𠀀明")).containsExactly("?明", "𠀀?");
    }

    @Test
    void tooShortOrTooLongNamesHaveNoKeys() {
        assertThat(NameKeys.of("王")).isEmpty();
        assertThat(NameKeys.of(null)).isEmpty();
        assertThat(NameKeys.of("名".repeat(31))).isEmpty();
    }

    @Test
    void asAProgramItPrintsEveryKeyOfEveryName() throws Exception {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream("王小明\n李\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            NameKeys.main(new String[0]);
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("王小明\t?小明", "王小明\t王?明",
                "王小明\t王小?", "王小明\tpy:wang xiao ming");
    }

    private static boolean shared(List<String> a, List<String> b) {
        Set<String> keys = new HashSet<>(a);
        keys.retainAll(b);
        return !keys.isEmpty();
    }
}
