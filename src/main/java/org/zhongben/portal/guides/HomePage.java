package org.zhongben.portal.guides;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.common.web.PageContext;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** The start page: what 终本 means and where to go. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageContext page);
    }

    private final PageContexts pages;
    private final CurrentViewer viewer;

    HomePage(PageContexts pages, CurrentViewer viewer) {
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> home() {
        return viewer.resolve().map(who -> Templates.home(pages.current(who)).setLocale(pages.locale()));
    }
}
