package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DemoMixTest {

    /** The shares that are about events and populations; every other component is a rule-breaking share. */
    private static final List<String> POPULATION = List.of("zhongben", "fullyEnforced", "otherClosed", "resumed",
            "resumedAgain", "postTerminationClue", "correction", "paidAfterTermination");

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
        assertThat(mix.interviewTopicsMissing()).isEqualTo(0.15);
        assertThat(mix.dishonestDeletionLate()).isEqualTo(0.25);
        assertThat(mix.resumptionLate()).isEqualTo(0.30);
        assertThat(mix.foundNotResumed()).isEqualTo(0.02);
        assertThat(mix.objectionLate()).isEqualTo(0.20);
        assertThat(mix.postTerminationClue()).isEqualTo(0.06);
        assertThat(mix.postTerminationClueLate()).isEqualTo(0.20);
        assertThat(mix.correction()).isEqualTo(0.03);
        assertThat(mix.correctionLate()).isEqualTo(0.30);
        assertThat(mix.paidAfterTermination()).isEqualTo(0.03);
        assertThat(mix.shieldingLate()).isEqualTo(0.30);
        assertThat(mix.open()).isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void the_compliant_mix_keeps_the_closing_modes_and_events_and_drops_every_breach() {
        DemoMix compliant = DemoMix.compliant();
        DemoMix defaults = DemoMix.defaults();
        for (RecordComponent component : DemoMix.class.getRecordComponents()) {
            double value = share(compliant, component);
            if (POPULATION.contains(component.getName())) {
                assertThat(value).as(component.getName()).isEqualTo(share(defaults, component));
            } else {
                assertThat(value).as(component.getName()).isZero();
                assertThat(share(defaults, component)).as(component.getName()).isPositive();
            }
        }
    }

    @Test
    void shares_outside_zero_to_one_or_closing_modes_above_one_are_refused() {
        DemoMix d = DemoMix.defaults();
        assertThatThrownBy(() -> with(with(d, "zhongben", 0.8), "fullyEnforced", 0.3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with(d, "tooEarly", -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with(d, "shieldingLate", 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with(d, "correction", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with(with(d, "followUpLapseCases", 0.3), "followUpLapse", 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(with(d, "paidAfterTermination", 1).paidAfterTermination()).isEqualTo(1);
    }

    private static double share(DemoMix mix, RecordComponent component) {
        try {
            return (double) component.getAccessor().invoke(mix);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code mix} with one share changed, through the canonical constructor (and so its checks). */
    private static DemoMix with(DemoMix mix, String name, double value) {
        RecordComponent[] components = DemoMix.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(name) ? value : share(mix, components[i]);
            types[i] = double.class;
        }
        assertThat(Arrays.stream(components).map(RecordComponent::getName)).contains(name);
        try {
            Constructor<DemoMix> constructor = DemoMix.class.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
