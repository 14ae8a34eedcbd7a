package org.zhongben.portal.guides;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The help pages as a reader sees them: every guide and the glossary in Chinese and English with their own title and
 * content, the index and the start page linking to them, an unknown guide answered by the error page, and every link
 * between them (guide to glossary term, table of contents to section, guide to guide) landing on an element that
 * exists.
 */
@QuarkusTest
class GuidePageTest {

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>]");
    private static final Pattern DEFINED = Pattern.compile("<dfn>([^<]+)</dfn>");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    /** What each guide must say in each language, besides its title. */
    private record Expected(Journey journey, String zhTitle, String enTitle, List<String> zh, List<String> en) {
    }

    private static final List<Expected> GUIDES = List.of(
            new Expected(Journey.UNDERSTAND_MY_CASE, "了解我的终本案件", "Understand my 终本 case",
                    List.of("每六个月", "五年", "不受二年", "规定动作核对", "href=\"/login\"", "href=\"/registry\"",
                            "href=\"/statistics\""),
                    List.of("once every six months", "five years", "does not apply", "Prescribed actions checklist",
                            "href=\"/login\"", "href=\"/registry\"", "href=\"/statistics\"")),
            new Expected(Journey.APPLY_FOR_RESUMPTION, "申请恢复执行", "Apply for resumption",
                    List.of("不受", "申请执行时效", "第一步:财产线索", "7日内", "3日内", "申请紧急控制措施", "执恢"),
                    List.of("limitation period", "Step 1: property clues", "within 7 days", "within 3 days",
                            "urgent control", "执恢")),
            new Expected(Journey.OBJECT_TO_TERMINATION, "对终本提出异议", "Object to a termination",
                    List.of("15日内", "10日内", "60日", "法释〔2016〕3号", "(2021)最高法执监501号", "生成异议申请书草稿",
                            "尚待核实"),
                    List.of("within 15 days", "within 10 days", "60 days", "法释〔2016〕3号", "(2021)最高法执监501号",
                            "Draft an objection", "Not yet verified")),
            new Expected(Journey.LAWYER_ACCESS, "律师代理与调查记录", "Lawyer access and investigation records",
                    List.of("授权委托书", "直接授权", "撤销", "manifest.sig", "href=\"/verify\"", "SHA-256"),
                    List.of("power of attorney", "authorises directly", "revoke", "manifest.sig", "href=\"/verify\"",
                            "SHA-256")));

    private final Map<String, String> fetched = new HashMap<>();

    /** A page in one language (cookie {@code lang}), fetched once per test. */
    private String page(String path, String language) {
        return fetched.computeIfAbsent(language + " " + path, key -> {
            Response response = given().cookie("lang", language).get(path);
            assertThat(response.statusCode()).as(language + " " + path).isEqualTo(200);
            assertThat(response.contentType()).startsWith("text/html");
            return response.asString();
        });
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** One h1, headings that never skip a level, no inline script, style or handler (the CSP would block them). */
    private static void assertAccessibleAndCspClean(String html, String what) {
        List<Integer> levels = all(HEADING, html).stream().map(Integer::parseInt).toList();
        assertThat(levels).as(what + " headings").isNotEmpty().startsWith(1);
        assertThat(levels.stream().filter(level -> level == 1).count()).as(what + " h1 count").isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as(what + " heading " + i + " after h" + levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        // the layout's own deferred script files are allowed; nothing inline
        assertThat(html.replaceAll("<script src=\"/static/js/[a-z-]+\\.js\" defer></script>", "")).as(what)
                .doesNotContain("<script", "style=");
        assertThat(HANDLER.matcher(html).find()).as(what + " event handler attribute").isFalse();
        List<String> ids = all(ID, html);
        assertThat(ids).as(what + " ids are unique").doesNotHaveDuplicates();
    }

    @Test
    void everyGuideAnswersInBothLanguagesWithItsOwnTitleAndContent() {
        assertThat(GUIDES).extracting(Expected::journey).containsExactlyInAnyOrder(Journey.values());
        for (Expected guide : GUIDES) {
            String chinese = page(guide.journey().path(), "zh");
            assertThat(chinese).as(guide.journey().path())
                    .contains("lang=\"zh-CN\"", "<title>" + guide.zhTitle() + " · ", "<h1>" + guide.zhTitle() + "</h1>")
                    .contains(guide.zh());
            assertAccessibleAndCspClean(chinese, "zh " + guide.journey().path());

            String english = page(guide.journey().path(), "en");
            assertThat(english).as(guide.journey().path())
                    .contains("lang=\"en\"", "<title>" + guide.enTitle() + " · ", "<h1>" + guide.enTitle() + "</h1>")
                    .contains(guide.en());
            assertAccessibleAndCspClean(english, "en " + guide.journey().path());
            // each language is written out, not the other one's text with a translated title
            assertThat(english).doesNotContain("申请执行人可以", "法院应当");
            assertThat(chinese).doesNotContain("the court must", "The court must");
        }
    }

    @Test
    void theIndexListsTheFourGuidesAndTheGlossary() {
        for (String language : List.of("zh", "en")) {
            String index = page("/guides", language);
            Set<String> links = new LinkedHashSet<>(all(LINK, index));
            for (Journey journey : Journey.values()) {
                assertThat(links).as(language).contains(journey.path());
            }
            assertThat(links).as(language).contains("/glossary");
            assertAccessibleAndCspClean(index, language + " /guides");
        }
        assertThat(page("/guides", "zh")).contains("<h1>帮助指南</h1>", "了解我的终本案件", "申请恢复执行", "对终本提出异议",
                "律师代理与调查记录", "术语表");
        assertThat(page("/guides", "en")).contains("<h1>Help guides</h1>", "Understand my 终本 case",
                "Apply for resumption", "Object to a termination", "Lawyer access and investigation records",
                "Glossary");
    }

    @Test
    void theStartPageLinksToTheGuides() {
        assertThat(all(LINK, page("/", "zh"))).contains("/guides");
        assertThat(page("/", "zh")).contains("阅读帮助指南");
        assertThat(all(LINK, page("/", "en"))).contains("/guides");
        assertThat(page("/", "en")).contains("Read the help guides");
        assertAccessibleAndCspClean(page("/", "en"), "en /");
    }

    @Test
    void anUnknownGuideIsNotFoundInTheReadersLanguage() {
        String chinese = given().cookie("lang", "zh").get("/guides/{journey}", "no-such-guide").then().statusCode(404)
                .extract().asString();
        assertThat(chinese).contains("没有这篇指南");
        String english = given().cookie("lang", "en").get("/guides/{journey}", "Understand-My-Case").then()
                .statusCode(404).extract().asString();
        assertThat(english).contains("There is no such guide");
    }

    @Test
    void theGlossaryDefinesEveryTermWithAnAnchorInBothLanguages() {
        String chinese = page("/glossary", "zh");
        String english = page("/glossary", "en");
        assertThat(chinese).contains("<h1>术语表</h1>", "<dl>", "<dfn>");
        assertThat(english).contains("<h1>Glossary</h1>", "<dl>", "<dfn>");
        assertAccessibleAndCspClean(chinese, "zh /glossary");
        assertAccessibleAndCspClean(english, "en /glossary");

        Set<String> zhIds = new LinkedHashSet<>(all(ID, chinese));
        Set<String> enIds = new LinkedHashSet<>(all(ID, english));
        assertThat(zhIds).isEqualTo(enIds);
        for (GlossaryTerm term : GlossaryTerm.values()) {
            assertThat(chinese).contains("<dt id=\"" + term.anchor() + "\"><dfn>" + term.term().zh() + "</dfn>");
            assertThat(english).contains("<dt id=\"" + term.anchor() + "\"><dfn>" + term.term().en() + "</dfn>");
        }
        // the terms the portal's pages use, each defined under its Chinese name
        String defined = String.join(" ", all(DEFINED, chinese));
        assertThat(defined).contains("终本", "恢复执行", "执恢", "终结执行", "中止执行", "规定动作", "网络查控", "失信被执行人",
                "限制消费", "财产报告", "执行异议", "复议", "查封", "冻结", "扣押", "悬赏", "审计", "执转破");
        // uncertain rules are labelled, in each language
        assertThat(chinese).contains("尚待核实");
        assertThat(english).contains("Not yet verified");
    }

    @Test
    void everyLinkToAGlossaryTermOrASectionLandsOnAnElementThatExists() {
        Map<String, String> pagesByPath = new HashMap<>();
        for (String language : List.of("zh", "en")) {
            List<String> paths = new ArrayList<>(List.of("/guides", "/glossary"));
            for (Journey journey : Journey.values()) {
                paths.add(journey.path());
            }
            int glossaryLinks = 0;
            for (String path : paths) {
                String html = page(path, language);
                pagesByPath.put(path, html);
                for (String href : all(LINK, html)) {
                    int hash = href.indexOf('#');
                    if (hash < 0) {
                        continue;
                    }
                    String target = hash == 0 ? path : href.substring(0, hash);
                    String fragment = href.substring(hash + 1);
                    if (target.equals("/glossary")) {
                        glossaryLinks++;
                    }
                    assertThat(target).as(language + " " + path + " links to " + href).isIn(paths);
                    assertThat(all(ID, page(target, language))).as(language + " " + path + " links to " + href)
                            .contains(fragment);
                }
            }
            assertThat(glossaryLinks).as(language + " guides link to glossary terms").isGreaterThan(40);
        }
        // and each guide links to at least a few terms
        for (Journey journey : Journey.values()) {
            assertThat(all(LINK, pagesByPath.get(journey.path())).stream().filter(href -> href.startsWith("/glossary#")))
                    .as(journey.path()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void everyPortalPageTheHelpLinksToExists() {
        Set<String> targets = new LinkedHashSet<>();
        for (String language : List.of("zh", "en")) {
            targets.addAll(all(LINK, page("/guides", language)));
            targets.addAll(all(LINK, page("/glossary", language)));
            for (Journey journey : Journey.values()) {
                targets.addAll(all(LINK, page(journey.path(), language)));
            }
        }
        List<String> local = targets.stream().filter(href -> href.startsWith("/") && !href.startsWith("//"))
                .map(href -> href.contains("#") ? href.substring(0, href.indexOf('#')) : href).distinct().toList();
        assertThat(local).contains("/login", "/register", "/registry", "/verify", "/statistics", "/lawyer");
        for (String path : local) {
            int status = given().redirects().follow(false).urlEncodingEnabled(false).get(path).statusCode();
            assertThat(status).as(path).isNotEqualTo(404).isLessThan(500);
        }
    }

    @Test
    void journeysAreFoundOnlyByTheirExactSlug() {
        for (Journey journey : Journey.values()) {
            assertThat(Journey.bySlug(journey.slug())).contains(journey);
        }
        assertThat(Journey.bySlug("Understand-My-Case")).isEmpty();
        assertThat(Journey.bySlug("")).isEmpty();
        assertThat(Journey.bySlug(null)).isEmpty();
    }
}
