package org.zhongben.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.testsupport.CaseFiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One named row of a check table: start from {@link CaseFiles#compliant()}, break one thing, evaluate one check on a
 * reference day, and expect a verdict, words in both explanations and exactly the evidence listed (in order).
 */
final class CheckCase {

    /** The ruling day of {@link CaseFiles#compliant()}. */
    static final LocalDate RULED = LocalDate.of(2023, 8, 15);

    private final CheckCode code;
    private final Verdict verdict;
    private final String name;
    private final List<Consumer<ObjectNode>> edits = new ArrayList<>();
    private final List<String> zh = new ArrayList<>();
    private final List<String> en = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private LocalDate today = CaseFiles.COMPLIANT_TODAY;
    private Lineage lineage = Lineage.NONE;
    private LocalDate changesOn;
    private boolean checkChangesOn;

    private CheckCase(CheckCode code, Verdict verdict, String name) {
        this.code = code;
        this.verdict = verdict;
        this.name = name;
    }

    static CheckCase of(CheckCode code, Verdict verdict, String name) {
        return new CheckCase(code, verdict, name);
    }

    // ---------------------------------------------------------------- the file

    CheckCase edit(Consumer<ObjectNode> edit) {
        edits.add(edit);
        return this;
    }

    CheckCase set(String path, Object value) {
        return edit(file -> CaseFiles.with(file, path, value));
    }

    CheckCase remove(String path) {
        return edit(file -> CaseFiles.without(file, path));
    }

    CheckCase clear(String... paths) {
        return edit(file -> CaseFiles.clear(file, paths));
    }

    /** Removes the element with {@code id} from the array at {@code path}. */
    CheckCase drop(String path, String id) {
        return edit(file -> {
            ArrayNode array = arrayAt(file, path);
            for (int i = 0; i < array.size(); i++) {
                if (id.equals(array.get(i).path("id").asText(null))) {
                    array.remove(i);
                    return;
                }
            }
            throw new IllegalArgumentException(path + " has no " + id);
        });
    }

    /** Moves the ruling (and the closing date, which intake keeps equal to it) to {@code date}. */
    CheckCase ruledOn(String date) {
        return set("ruling.ruledOn", date).set("closedOn", date);
    }

    /** The case is still open: no ruling, no closing, nothing owed after termination. */
    CheckCase notTerminated() {
        return remove("ruling").remove("closingMode").remove("closedOn").remove("databaseEntry").clear("followUps");
    }

    /**
     * The file says 终本 but has neither a ruling date nor a closing date. Intake refuses such a file; the engine
     * must still cope, and can only say it cannot tell.
     */
    CheckCase noRulingDate() {
        return remove("ruling.ruledOn").remove("closedOn");
    }

    CheckCase on(String date) {
        today = LocalDate.parse(date);
        return this;
    }

    CheckCase lineage(Lineage lineage) {
        this.lineage = lineage;
        return this;
    }

    // ---------------------------------------------------------------- what is expected

    /** Both explanations contain these fragments. */
    CheckCase says(String zhFragment, String enFragment) {
        zh.add(zhFragment);
        en.add(enFragment);
        return this;
    }

    /** The Chinese explanation contains all of these. */
    CheckCase zhSays(String... fragments) {
        zh.addAll(List.of(fragments));
        return this;
    }

    /** The English explanation contains all of these. */
    CheckCase enSays(String... fragments) {
        en.addAll(List.of(fragments));
        return this;
    }

    CheckCase evidence(EvidenceKind kind, String... ids) {
        for (String id : ids) {
            evidence.add(new Evidence(kind, id));
        }
        return this;
    }

    /** The verdict may change (a deadline passes) on {@code date}; {@code null}: only a new file can change it. */
    CheckCase changesOn(String date) {
        changesOn = date == null ? null : LocalDate.parse(date);
        checkChangesOn = true;
        return this;
    }

    CheckCode code() {
        return code;
    }

    Verdict verdict() {
        return verdict;
    }

    LocalDate today() {
        return today;
    }

    Lineage lineage() {
        return lineage;
    }

    CaseFile file() {
        return CaseFiles.read(node());
    }

    ObjectNode node() {
        ObjectNode file = CaseFiles.compliant();
        edits.forEach(edit -> edit.accept(file));
        return file;
    }

    CheckResult evaluate() {
        return ComplianceEngine.evaluate(code, file(), lineage, today, ComplianceSettings.defaults());
    }

    void verify() {
        CheckResult result = evaluate();
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.verdict()).as("verdict; explanation: %s", result.explanation().en()).isEqualTo(verdict);
        assertThat(result.explanation().zh()).isNotBlank().contains(zh);
        assertThat(result.explanation().en()).isNotBlank().contains(en);
        assertThat(result.evidence()).as("evidence").containsExactlyElementsOf(evidence);
        if (checkChangesOn) {
            assertThat(result.changesOn()).as("changesOn").isEqualTo(changesOn);
        }
        if (result.changesOn() != null) {
            assertThat(result.changesOn()).as("changesOn lies after the reference day").isAfter(today);
        }
    }

    /** A date as the Chinese explanation writes it: 2023年8月15日. */
    static String zh(String date) {
        return Languages.formatDate(LocalDate.parse(date), Languages.ZH);
    }

    /** A date as the English explanation writes it: 15 Aug 2023. */
    static String en(String date) {
        return Languages.formatDate(LocalDate.parse(date), Languages.EN);
    }

    private static ArrayNode arrayAt(ObjectNode file, String path) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? file : CaseFiles.at(file, path.substring(0, dot));
        return (ArrayNode) parent.get(path.substring(dot + 1));
    }

    @Override
    public String toString() {
        return code + " " + verdict + ": " + name;
    }
}
