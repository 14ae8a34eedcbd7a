package org.zhongben.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void eachPositionIsReplacedOnce() {
        assertThat(NameKeys.of("王小明")).containsExactly("?小明", "王?明", "王小?");
        assertThat(NameKeys.of(" 李娜 ")).containsExactly("?娜", "李?");
    }

    @Test
    void namesOneCharacterApartShareAKeyAndTwoApartDoNot() {
        assertThat(shared("王小明", "王晓明")).isTrue();
        assertThat(shared("王小明", "汪小明")).isTrue();
        assertThat(shared("王小明", "汪晓明")).isFalse();
        assertThat(shared("王小明", "王小明华")).isFalse();
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

    private static boolean shared(String a, String b) {
        Set<String> keys = new HashSet<>(NameKeys.of(a));
        keys.retainAll(NameKeys.of(b));
        return !keys.isEmpty();
    }
}
