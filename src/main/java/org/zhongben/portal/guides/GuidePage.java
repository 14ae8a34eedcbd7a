package org.zhongben.portal.guides;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.zhongben.portal.accounts.CurrentViewer;
import org.zhongben.portal.accounts.PageContexts;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.web.PageContext;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * Plain-language help: the list of guides, one guide per journey, and the glossary of legal terms the portal uses.
 * Each guide is written out once per language ({@code GuidePage/<journey>-zh.html} and {@code -en.html}) so that
 * its prose reads as a whole in either; the glossary comes from {@link GlossaryTerm}.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class GuidePage {

    @CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance index(PageContext page);

        static native TemplateInstance glossary(PageContext page, List<Glossary.Section> sections);

        static native TemplateInstance understandMyCaseZh(PageContext page);

        static native TemplateInstance understandMyCaseEn(PageContext page);

        static native TemplateInstance applyForResumptionZh(PageContext page);

        static native TemplateInstance applyForResumptionEn(PageContext page);

        static native TemplateInstance objectToTerminationZh(PageContext page);

        static native TemplateInstance objectToTerminationEn(PageContext page);

        static native TemplateInstance lawyerAccessZh(PageContext page);

        static native TemplateInstance lawyerAccessEn(PageContext page);
    }

    private final PageContexts pages;
    private final CurrentViewer viewer;

    GuidePage(PageContexts pages, CurrentViewer viewer) {
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    @Path("guides")
    public Uni<TemplateInstance> index() {
        return viewer.resolve().map(who -> Templates.index(pages.current(who)).setLocale(pages.locale()));
    }

    @GET
    @Path("guides/{journey}")
    public Uni<TemplateInstance> guide(@PathParam("journey") String slug) {
        Journey journey = Journey.bySlug(slug).orElseThrow(() -> new PortalException(GuideError.NOT_FOUND));
        Locale locale = pages.locale();
        return viewer.resolve()
                .map(who -> template(journey, pages.current(who), Languages.isEnglish(locale)).setLocale(locale));
    }

    @GET
    @Path("glossary")
    public Uni<TemplateInstance> glossary() {
        Locale locale = pages.locale();
        return viewer.resolve()
                .map(who -> Templates.glossary(pages.current(who), Glossary.sections(locale)).setLocale(locale));
    }

    private static TemplateInstance template(Journey journey, PageContext page, boolean english) {
        return switch (journey) {
            case UNDERSTAND_MY_CASE -> english ? Templates.understandMyCaseEn(page) : Templates.understandMyCaseZh(page);
            case APPLY_FOR_RESUMPTION -> english ? Templates.applyForResumptionEn(page)
                    : Templates.applyForResumptionZh(page);
            case OBJECT_TO_TERMINATION -> english ? Templates.objectToTerminationEn(page)
                    : Templates.objectToTerminationZh(page);
            case LAWYER_ACCESS -> english ? Templates.lawyerAccessEn(page) : Templates.lawyerAccessZh(page);
        };
    }
}
