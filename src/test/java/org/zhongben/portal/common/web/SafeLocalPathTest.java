package org.zhongben.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Redirect targets after sign-in: the portal's own paths pass, anything a browser could read as another site not. */
class SafeLocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = { "/cases", "/cases/%282023%29%E4%BA%AC0105%E6%89%A71234%E5%8F%B7",
            "/cases/x/resumption/new?type=VEHICLE&added=clue", "/registry?name=%E5%BC%A0#top", "/" })
    void thePortalsOwnPathsAreKept(String next) {
        assertThat(SafeLocalPath.of(next, "/fallback")).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example", "/\\evil.example", "/%5Cevil.example", "/%5cevil.example",
            "/%2F%2Fevil.example", "/%2fevil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example",
            "/ /evil.example", "\\\\evil.example", "https://evil.example", "http:/evil.example", "javascript:alert(1)",
            "evil.example", "/cases/{x}", "/a b", "/\u0000", "/\u3000/x", "/案件", "/%zz", "", " /cases" })
    void anythingABrowserCouldReadAsAnotherSiteOrThatIsNotAPathFallsBack(String next) {
        assertThat(SafeLocalPath.of(next, "/fallback")).isEqualTo("/fallback");
    }

    @org.junit.jupiter.api.Test
    void nothingAndOverlongPathsFallBack() {
        assertThat(SafeLocalPath.of(null, "/cases")).isEqualTo("/cases");
        assertThat(SafeLocalPath.of("/" + "a".repeat(3000), "/cases")).isEqualTo("/cases");
    }
}
