package org.zhongben.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.demo.CaseFileGenerator;
import org.zhongben.portal.demo.DemoMix;
import org.zhongben.portal.investigations.SampleFiles;

/** The timeline and its drawing over thousands of realistic generated files. */
class TimelineGeneratedFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @Test
    void timelines_and_drawings_build_for_three_thousand_generated_files_in_both_languages() {
        List<CaseFile> files = new CaseFileGenerator(20261128L, TODAY).stream(0, 3_000).parallel().toList();
        files.parallelStream().forEach(file -> {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                Timeline timeline = TimelineBuilder.of(file, TODAY, locale);
                check(file, timeline);
                String svg = TimelineSvg.render(timeline, locale);
                assertThat(TimelineSvgTest.markers(TimelineSvgTest.parse(svg))).hasSize(timeline.events().size());
            }
        });
    }

    @Test
    void a_compliant_court_has_no_late_or_missing_follow_up_and_no_early_ruling() {
        List<CaseFile> zhongben = new CaseFileGenerator(9L, TODAY, DemoMix.compliant()).stream(0, 1_500)
                .filter(f -> f.closingMode() == ClosingMode.ZHONGBEN).toList();
        assertThat(zhongben).hasSizeGreaterThan(500);
        for (CaseFile file : zhongben) {
            Timeline timeline = TimelineBuilder.of(file, TODAY, Locale.ENGLISH);
            for (TimelineEvent event : timeline.events()) {
                if (List.of("FOLLOW_UP", "TERMINATION_RULING", "CREDITOR_INTERVIEW", "DATABASE_ENTRY")
                        .contains(event.kind())) {
                    assertThat(event.status().code()).as(file.caseNumber() + " " + event.label())
                            .isIn("ON_TIME", "DUE", "DONE");
                }
            }
        }
    }

    @Test
    void the_default_mix_shows_every_kind_of_status_somewhere() {
        List<String> statuses = new CaseFileGenerator(10L, TODAY).stream(0, 1_000)
                .flatMap(f -> TimelineBuilder.of(f, TODAY, Locale.ENGLISH).events().stream())
                .map(e -> e.status().code()).distinct().toList();
        assertThat(statuses).containsExactlyInAnyOrder("DONE", "ON_TIME", "LATE", "MISSING", "DUE", "TOO_EARLY");
    }

    @Test
    void empty_and_sparse_case_files_still_give_a_timeline_and_a_drawing() {
        for (String json : List.of("{}", SampleFiles.SPARSE)) {
            CaseFile file = SampleFiles.read(json);
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                Timeline timeline = TimelineBuilder.of(file, TODAY, locale);
                String svg = TimelineSvg.render(timeline, locale);
                assertThat(TimelineSvgTest.markers(TimelineSvgTest.parse(svg))).hasSize(timeline.events().size());
            }
        }
    }

    private static void check(CaseFile file, Timeline timeline) {
        String at = file.caseNumber();
        assertThat(timeline.events()).extracting(TimelineEvent::date).as(at).isSorted();
        assertThat(timeline.from()).isBeforeOrEqualTo(timeline.to());
        int followUps = 0;
        for (TimelineEvent event : timeline.events()) {
            assertThat(event.date()).as(at).isBetween(timeline.from(), timeline.to());
            assertThat(event.label()).as(at).isNotBlank();
            TimelineStatus status = TimelineStatus.valueOf(event.status().code());
            assertThat(TimelineKind.valueOf(event.kind())).isNotNull();
            switch (status) {
                case DONE -> assertThat(event.actual()).as(at).isNotNull();
                case MISSING -> assertThat(event.expected()).as(at).isBefore(TODAY);
                // an inquiry stays due (not missing) during the tolerance after its due date
                case DUE -> assertThat(event.expected()).as(at).isAfterOrEqualTo(
                        TODAY.minusDays(org.zhongben.portal.followup.TrackerSettings.defaults().followUpGraceDays()));
                case LATE -> assertThat(event.actual()).as(at).isAfter(event.expected());
                case ON_TIME -> assertThat(event.actual()).as(at).isNotNull();
                case TOO_EARLY -> assertThat(event.kind()).isEqualTo("TERMINATION_RULING");
            }
            if (status == TimelineStatus.MISSING || status == TimelineStatus.DUE) {
                assertThat(event.actual()).as(at).isNull();
            }
            if (event.kind().equals("FOLLOW_UP")) {
                followUps++;
            }
        }
        assertThat(followUps).as(at).isLessThanOrEqualTo(org.zhongben.portal.followup.FollowUpSchedule.INQUIRY_COUNT);
        if (file.closingMode() != ClosingMode.ZHONGBEN) {
            assertThat(followUps).isZero();
        }
    }
}
