package org.zhongben.portal.guides;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.zhongben.portal.common.i18n.Languages;

/** The glossary as the page shows it: sections of terms in the reader's language, each with its anchor. */
public final class Glossary {

    /** A group of terms under one heading. */
    public record Section(String id, String title, List<Entry> entries) {
    }

    /**
     * One term. {@code original} is the term in the other language (the Chinese one matters to English readers:
     * court papers are in Chinese); {@code caveat} says what of the definition is not yet checked, or is null.
     */
    public record Entry(String anchor, String term, String original, String originalLang, String definition,
            String caveat, List<Related> related, Related page) {
    }

    /** A link from a term to another term ({@code #anchor}) or to a portal page. */
    public record Related(String href, String text) {
    }

    private Glossary() {
    }

    static List<Section> sections(Locale locale) {
        boolean english = Languages.isEnglish(locale);
        return Arrays.stream(GlossaryTerm.Group.values()).map(group -> new Section(group.anchor(),
                group.title().label(locale), GlossaryTerm.in(group).map(term -> entry(term, locale, english)).toList()))
                .toList();
    }

    private static Entry entry(GlossaryTerm term, Locale locale, boolean english) {
        List<Related> related = term.related().stream()
                .map(other -> new Related("#" + other.anchor(), other.term().label(locale))).toList();
        Related page = term.page() == null ? null : new Related(term.page().href(), term.page().label().label(locale));
        return new Entry(term.anchor(), term.term().label(locale), english ? term.term().zh() : term.term().en(),
                english ? "zh-CN" : "en", term.definition().label(locale),
                term.caveat() == null ? null : term.caveat().label(locale), related, page);
    }
}
