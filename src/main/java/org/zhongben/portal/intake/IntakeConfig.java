package org.zhongben.portal.intake;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "portal.intake")
public interface IntakeConfig {

    /** Largest NDJSON stream one request may carry (enforced before the body is read). */
    MemorySize maxStreamSize();

    /** Largest single case file (one JSON body or one NDJSON line). */
    MemorySize maxLineSize();

    /** Batches of one stream stored at the same time, each on its own connection. */
    int parallelBatches();

    /** Case files stored per transaction; each keeps its own savepoint, so one bad line never affects others. */
    int batchSize();
}
