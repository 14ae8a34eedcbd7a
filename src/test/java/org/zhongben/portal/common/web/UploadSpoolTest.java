package org.zhongben.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At start, spool files an earlier process left are removed; files still being written by a live one stay. */
class UploadSpoolTest {

    @TempDir
    Path uploads;

    @Test
    void filesLastWrittenBeforeTheCutOffAreRemovedOthersStay() throws Exception {
        Instant start = Instant.parse("2026-11-28T08:00:00Z");
        Path leftOver = Files.writeString(uploads.resolve("resteasy-reactive1upload"), "half");
        Files.setLastModifiedTime(leftOver, FileTime.from(start.minusSeconds(60)));
        Path nested = Files.createDirectories(uploads.resolve("nested")).resolve("intake-1.ndjson");
        Files.writeString(nested, "{}");
        Files.setLastModifiedTime(nested, FileTime.from(start.minusSeconds(1)));
        Path live = Files.writeString(uploads.resolve("being-written"), "still coming");
        Files.setLastModifiedTime(live, FileTime.from(start.plusSeconds(1)));

        assertThat(new UploadSpool(uploads).clearOlderThan(start)).isEqualTo(2);

        assertThat(leftOver).doesNotExist();
        assertThat(nested).doesNotExist();
        assertThat(live).exists();
    }

    @Test
    void aMissingFolderIsNothingToClear() throws Exception {
        assertThat(new UploadSpool(uploads.resolve("absent")).clearOlderThan(Instant.now())).isZero();
    }
}
