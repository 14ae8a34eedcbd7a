package org.zhongben.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Check characters of resident ID numbers (GB 11643) and unified social credit codes (GB 32100), and masking. */
class IdentityNumbersTest {

    @Test
    void computesTheResidentIdCheckCharacterIncludingX() {
        // the published GB 11643 example number
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.checkCharacter("11010519850312123")).isEqualTo('4');
        assertThat(ResidentIdNumber.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "110105198503121235", "11010519850312123", "1101051985031212345", "110105198502301234",
            "110105185003121234", "A10105198503121234", "000105198503121230", "11010519850312123x1" })
    void refusesResidentIdsWithWrongLengthDateRegionOrCheck(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isFalse();
    }

    @Test
    void computesTheCreditCodeCheckCharacter() {
        assertThat(CreditCode.checkCharacter("91110105MA01ABCD1")).isEqualTo('3');
        assertThat(CreditCode.isValid("91110105MA01ABCD13")).isTrue();
        // every symbol of the alphabet can be a check character; a changed digit breaks the check
        assertThat(CreditCode.isValid("91110105MA01ABCD14")).isFalse();
        assertThat(CreditCode.isValid("91110105MA01ABCDI3")).isFalse();
        assertThat(CreditCode.isValid("91110105MA01ABCD1")).isFalse();
        assertThat(CreditCode.normalise("91110105ma01abcd13")).isEqualTo("91110105MA01ABCD13");
    }

    @Test
    void masksAllButTheFirstAndLastFourCharacters() {
        assertThat(ResidentIdNumber.mask("330106198001011234")).isEqualTo("3301**********1234");
        assertThat(ResidentIdNumber.mask("91110105MA01ABCD13")).isEqualTo("9111**********CD13");
        assertThat(ResidentIdNumber.mask("short")).isEqualTo("****");
        assertThat(ResidentIdNumber.mask(null)).isEqualTo("****");
    }
}
