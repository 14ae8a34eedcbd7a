package org.zhongben.portal.common.ratelimit;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Sliding-window limits kept in PostgreSQL, so every replica sees the same counts. A bucket names what is limited
 * (case sign-ins per case number, per client address, …); the subject is the key within it.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    /** Hits older than this are never counted by any bucket. */
    private static final Duration LONGEST_WINDOW = Duration.ofHours(24);

    private final Pool pool;

    RateLimiter(Pool pool) {
        this.pool = pool;
    }

    /** A limit: at most {@code limit} hits within {@code window}. */
    public record Limit(String bucket, int limit, Duration window) {
    }

    /**
     * Seconds until the subject may try again, or 0 when it is under the limit. The wait ends when the oldest hit of
     * the full window leaves it.
     */
    public Uni<Long> retryAfter(Limit limit, String subject) {
        return pool.preparedQuery("""
                SELECT count(*) AS hits, min(hit_at) AS oldest,
                       ceil(extract(epoch FROM (min(hit_at) + $3 * interval '1 second' - clock_timestamp())))::bigint AS wait
                FROM (SELECT hit_at FROM rate_limit_hit
                      WHERE bucket = $1 AND subject = $2 AND hit_at > clock_timestamp() - $3 * interval '1 second'
                      ORDER BY hit_at DESC LIMIT $4) recent""")
                .execute(Tuple.of(limit.bucket(), subject, limit.window().toSeconds(), limit.limit()))
                .map(rows -> {
                    var row = rows.iterator().next();
                    if (row.getLong("hits") < limit.limit()) {
                        return 0L;
                    }
                    return Math.max(1L, row.getLong("wait"));
                });
    }

    /** Counts one hit against the subject. */
    public Uni<Void> hit(Limit limit, String subject) {
        return pool.preparedQuery("INSERT INTO rate_limit_hit (bucket, subject) VALUES ($1, $2)")
                .execute(Tuple.of(limit.bucket(), subject)).replaceWithVoid();
    }

    /**
     * Counts a hit unless the subject is over the limit, and answers as {@link #retryAfter} would have: one statement,
     * so a limit checked on every request costs one round trip.
     */
    public Uni<Long> acquire(Limit limit, String subject) {
        return pool.preparedQuery("""
                WITH recent AS (
                    SELECT count(*) AS hits,
                           ceil(extract(epoch FROM (min(hit_at) + $3 * interval '1 second' - clock_timestamp())))::bigint
                               AS wait
                    FROM (SELECT hit_at FROM rate_limit_hit
                          WHERE bucket = $1 AND subject = $2 AND hit_at > clock_timestamp() - $3 * interval '1 second'
                          ORDER BY hit_at DESC LIMIT $4) r),
                counted AS (
                    INSERT INTO rate_limit_hit (bucket, subject) SELECT $1, $2 FROM recent WHERE recent.hits < $4)
                SELECT hits, wait FROM recent""")
                .execute(Tuple.of(limit.bucket(), subject, limit.window().toSeconds(), limit.limit()))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return row.getLong("hits") < limit.limit() ? 0L : Math.max(1L, row.getLong("wait"));
                });
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> forgetOldHits() {
        return pool.preparedQuery("DELETE FROM rate_limit_hit WHERE hit_at < clock_timestamp() - $1 * interval '1 second'")
                .execute(Tuple.of(LONGEST_WINDOW.toSeconds())).replaceWithVoid()
                .onFailure().invoke(failure -> LOG.warn("Could not purge old rate-limit hits", failure))
                .onFailure().recoverWithNull();
    }
}
