package org.zhongben.portal.compliance;

import java.time.LocalDate;
import java.util.List;

import org.zhongben.portal.common.i18n.Text;

/**
 * The verdict of one check on one case.
 *
 * @param explanation why the verdict is what it is, in both languages, naming the records concerned
 * @param evidence the records the verdict relied on
 * @param changesOn the first day after the reference day on which this verdict could change without the case file
 *        changing (a deadline passing), or {@code null} when only a new case file can change it
 */
public record CheckResult(CheckCode code, Verdict verdict, Text explanation, List<Evidence> evidence,
        LocalDate changesOn) {

    public CheckResult {
        evidence = List.copyOf(evidence);
    }
}
