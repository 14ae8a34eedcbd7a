package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoMixTest {

    @Test
    void the_defaults_follow_the_brief() {
        DemoMix mix = DemoMix.defaults();
        assertThat(mix.zhongben()).isEqualTo(0.65);
        assertThat(mix.resumed()).isEqualTo(0.10);
        assertThat(mix.tooEarly()).isEqualTo(0.08);
        assertThat(mix.missingRestriction()).isEqualTo(0.07);
        assertThat(mix.unverifiedClue()).isEqualTo(0.10);
        assertThat(mix.networkGap()).isEqualTo(0.12);
        assertThat(mix.noOnsite()).isEqualTo(0.15);
        assertThat(mix.interviewLapse()).isEqualTo(0.10);
        assertThat(mix.followUpLapse()).isEqualTo(0.20);
        assertThat(mix.creditorNotNotified()).isEqualTo(0.10);
        assertThat(mix.databaseLate()).isEqualTo(0.08);
        assertThat(mix.otherCannotDispose()).isEqualTo(0.05);
        assertThat(mix.unlistedGround()).isEqualTo(0.05);
        assertThat(mix.open()).isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void the_compliant_mix_keeps_the_closing_modes_and_drops_every_breach() {
        DemoMix mix = DemoMix.compliant();
        assertThat(mix.zhongben()).isEqualTo(DemoMix.defaults().zhongben());
        assertThat(mix.tooEarly() + mix.missingRestriction() + mix.unverifiedClue() + mix.networkGap() + mix.noOnsite()
                + mix.interviewLapse() + mix.followUpLapse() + mix.creditorNotNotified() + mix.databaseLate()
                + mix.otherCannotDispose() + mix.unlistedGround()).isZero();
    }

    @Test
    void shares_outside_zero_to_one_or_closing_modes_above_one_are_refused() {
        DemoMix d = DemoMix.defaults();
        assertThatThrownBy(() -> new DemoMix(0.8, 0.3, 0.05, d.resumed(), d.resumedAgain(), d.tooEarly(),
                d.missingRestriction(), d.unverifiedClue(), d.networkGap(), d.noOnsite(), d.interviewLapse(),
                d.followUpLapse(), d.followUpLapseCases(), d.creditorNotNotified(), d.databaseLate(),
                d.otherCannotDispose(), d.unlistedGround())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoMix(d.zhongben(), d.fullyEnforced(), d.otherClosed(), d.resumed(),
                d.resumedAgain(), -0.1, d.missingRestriction(), d.unverifiedClue(), d.networkGap(), d.noOnsite(),
                d.interviewLapse(), d.followUpLapse(), d.followUpLapseCases(), d.creditorNotNotified(),
                d.databaseLate(), d.otherCannotDispose(), d.unlistedGround())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoMix(d.zhongben(), d.fullyEnforced(), d.otherClosed(), d.resumed(),
                d.resumedAgain(), d.tooEarly(), d.missingRestriction(), d.unverifiedClue(), d.networkGap(),
                d.noOnsite(), d.interviewLapse(), 0.5, 0.3, d.creditorNotNotified(), d.databaseLate(),
                d.otherCannotDispose(), d.unlistedGround())).isInstanceOf(IllegalArgumentException.class);
    }
}
