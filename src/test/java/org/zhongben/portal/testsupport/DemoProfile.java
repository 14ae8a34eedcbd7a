package org.zhongben.portal.testsupport;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A small demo (the showcase cases, published accounts and 20 generated cases) for walks through the demo data. */
public class DemoProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("portal.demo.enabled", "true", "portal.demo.case-count", "20",
                "portal.demo.cases-with-documents", "2", "portal.data-dir", "target/demo-walk-data");
    }
}
