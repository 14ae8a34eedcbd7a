package org.zhongben.portal.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.common.i18n.Languages;

/** The glossary's data: anchors that stay valid as links, both languages for every text, references that resolve. */
class GlossaryTermTest {

    @Test
    void anchorsAreUniqueLowerCaseAndDistinctFromSectionAnchors() {
        List<String> anchors = Arrays.stream(GlossaryTerm.values()).map(GlossaryTerm::anchor).toList();
        List<String> sections = Arrays.stream(GlossaryTerm.Group.values()).map(GlossaryTerm.Group::anchor).toList();
        assertThat(anchors).doesNotHaveDuplicates().allMatch(anchor -> anchor.matches("[a-z][a-z0-9-]*"));
        assertThat(sections).doesNotHaveDuplicates().doesNotContainAnyElementsOf(anchors);
        for (GlossaryTerm term : GlossaryTerm.values()) {
            assertThat(GlossaryTerm.byAnchor(term.anchor())).contains(term);
        }
    }

    @Test
    void everyTermHasBothLanguagesAndEveryGroupHasTerms() {
        for (GlossaryTerm term : GlossaryTerm.values()) {
            assertThat(term.term().zh()).as(term.name()).isNotBlank().matches(".*\\p{IsHan}.*");
            assertThat(term.term().en()).as(term.name()).isNotBlank().matches(".*[A-Za-z].*");
            assertThat(term.definition().zh()).as(term.name()).endsWith("。");
            assertThat(term.definition().en()).as(term.name()).endsWith(".");
            if (term.caveat() != null) {
                assertThat(term.caveat().zh()).as(term.name()).isNotBlank();
                assertThat(term.caveat().en()).as(term.name()).isNotBlank();
            }
        }
        for (GlossaryTerm.Group group : GlossaryTerm.Group.values()) {
            assertThat(GlossaryTerm.in(group)).as(group.name()).isNotEmpty();
        }
    }

    @Test
    void relatedTermsResolveAndNeverPointBack() {
        for (GlossaryTerm term : GlossaryTerm.values()) {
            assertThat(term.related()).as(term.name()).doesNotContain(term).doesNotHaveDuplicates();
        }
    }

    @Test
    void thePageViewIsInTheReadersLanguageAndNamesTheOtherLanguagesTerm() {
        List<Glossary.Section> english = Glossary.sections(Languages.EN);
        List<Glossary.Section> chinese = Glossary.sections(Locale.SIMPLIFIED_CHINESE);
        assertThat(english).hasSize(GlossaryTerm.Group.values().length);
        Glossary.Entry zhongben = english.stream().flatMap(section -> section.entries().stream())
                .filter(entry -> entry.anchor().equals("zhongben")).findFirst().orElseThrow();
        assertThat(zhongben.term()).isEqualTo("Termination of the current enforcement procedure (终本)");
        assertThat(zhongben.original()).isEqualTo("终本(终结本次执行程序)");
        assertThat(zhongben.originalLang()).isEqualTo("zh-CN");
        assertThat(zhongben.related()).extracting(Glossary.Related::href).contains("#resumption");
        Glossary.Entry chineseDatabase = chinese.stream().flatMap(section -> section.entries().stream())
                .filter(entry -> entry.anchor().equals("zhongben-database")).findFirst().orElseThrow();
        assertThat(chineseDatabase.caveat()).contains("尚待");
        assertThat(chineseDatabase.page()).isEqualTo(new Glossary.Related("/registry", "终本名录"));
        assertThat(chineseDatabase.originalLang()).isEqualTo("en");
    }
}
