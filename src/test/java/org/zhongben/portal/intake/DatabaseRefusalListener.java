package org.zhongben.portal.intake;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFileListener;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Test double: makes the database refuse any batch holding a case file whose judge is {@link #MARKER}, the way an
 * unforeseen constraint would, so the line-by-line fallback of intake can be observed.
 */
@ApplicationScoped
public class DatabaseRefusalListener implements CaseFileListener {

    public static final String MARKER = "数据库拒绝";

    @Override
    public Uni<Void> stored(SqlConnection connection, List<StoredChange> changes) {
        boolean refuse = changes.stream()
                .anyMatch(change -> change.file().judge() != null && MARKER.equals(change.file().judge().name()));
        return refuse ? connection.query("SELECT 1 / 0").execute().replaceWithVoid() : Uni.createFrom().voidItem();
    }
}
