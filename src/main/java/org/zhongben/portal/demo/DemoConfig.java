package org.zhongben.portal.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "portal.demo")
public interface DemoConfig {

    /** Load demo data into an empty database at start (the demo profile). */
    boolean enabled();

    /** Generated cases besides the showcase ones. */
    int caseCount();

    /** Seed of the generator: the same seed gives the same cases. */
    long seed();

    /** Cases whose document contents are uploaded too (the rest carry metadata only, to keep the start fast). */
    @WithDefault("200")
    int casesWithDocuments();
}
