package org.zhongben.portal.common.web;

import java.util.Locale;

import org.zhongben.portal.common.i18n.Languages;

/**
 * What the shared page layout needs besides the page's own data: the language, where the language switch should
 * return to, and who is signed in (for the navigation).
 */
public record PageContext(Locale locale, String path, boolean signedIn, String userName, boolean account,
        boolean courtStaff, boolean lawyer) {

    public boolean english() {
        return Languages.isEnglish(locale);
    }

    /** Value of the {@code lang} attribute of the page. */
    public String lang() {
        return english() ? "en" : "zh-CN";
    }

    /** Link that switches to the other language and comes back here. */
    public String switchLanguageUrl() {
        return "/language?lang=" + (english() ? "zh" : "en") + "&return="
                + UrlPaths.query(path == null ? "/" : path);
    }

    /** Label of the language switch, written in the language it switches to. */
    public String otherLanguageName() {
        return english() ? "中文" : "English";
    }
}
