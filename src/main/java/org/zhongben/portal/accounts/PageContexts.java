package org.zhongben.portal.accounts;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.zhongben.portal.common.i18n.RequestLanguage;
import org.zhongben.portal.common.web.PageContext;
import org.zhongben.portal.common.web.SafeLocalPath;

/** Builds the layout context of a page from the request and the signed-in viewer. */
@RequestScoped
public class PageContexts {

    private final HttpHeaders headers;
    private final UriInfo uri;

    PageContexts(HttpHeaders headers, UriInfo uri) {
        this.headers = headers;
        this.uri = uri;
    }

    public PageContext current(Viewer viewer) {
        String query = uri.getRequestUri().getRawQuery();
        String path = uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        return new PageContext(locale(), path, !viewer.isAnonymous() && viewer.kind() != Viewer.Kind.COURT_SYSTEM,
                viewer.displayName(), viewer.kind() == Viewer.Kind.ACCOUNT,
                viewer.kind() == Viewer.Kind.ACCOUNT && viewer.hasRole(Roles.CLERK),
                viewer.kind() == Viewer.Kind.ACCOUNT && viewer.hasRole(Roles.LAWYER));
    }

    public Locale locale() {
        return RequestLanguage.of(headers);
    }

    /** Only local paths may be redirect targets, so a link cannot send a signed-in user elsewhere. */
    public static String safeLocalPath(String next, String fallback) {
        return SafeLocalPath.of(next, fallback);
    }
}
