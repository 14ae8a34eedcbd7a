package org.zhongben.portal.resumption;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code portal.resumption.*}: limits of an application and the verification clock. */
@ConfigMapping(prefix = "portal.resumption")
public interface ResumptionConfig {

    /** One evidence file. */
    @WithDefault("10M")
    MemorySize maxFileSize();

    /** All evidence of one application together. */
    @WithDefault("50M")
    MemorySize maxApplicationSize();

    @WithDefault("20")
    int maxFiles();

    @WithDefault("30")
    int maxClues();

    /** Clear clues are verified within 7 days (财产调查规定 Art. 2 [C]; whether it governs applications is open). */
    @WithDefault("7")
    int verificationDays();

    /** ... 3 days when urgent control is asked for. */
    @WithDefault("3")
    int urgentVerificationDays();

    /** Largest image, in pixels, accepted as evidence (protects against decompression bombs). */
    @WithDefault("40000000")
    long maxImagePixels();
}
