package org.zhongben.portal.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers {@link PortalTestEnvironment} for every Quarkus test of the suite. */
@WithTestResource(value = PortalTestEnvironment.class, scope = TestResourceScope.GLOBAL)
public final class GlobalTestResources {

    private GlobalTestResources() {
    }
}
