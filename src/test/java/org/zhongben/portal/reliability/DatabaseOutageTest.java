package org.zhongben.portal.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;

/**
 * The database goes away: every session is cut and new ones are refused. Pages and the API answer 503 with
 * Retry-After at once (never hang), readiness is DOWN; when the database accepts sessions again the portal serves
 * within 10 seconds, without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    Pool pool;

    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    @Test
    void anOutageGives503WithRetryAfterAndThePortalRecoversByItself() throws Exception {
        given().queryParam("name", "张伟").get("/api/v1/registry").then().statusCode(200);
        String database = pool.query("SELECT current_database()").execute().await().indefinitely().iterator().next()
                .getString(0);
        // the closing and reopening is done from the server's maintenance database: a session cannot close its own
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", "")).setDatabase("postgres")
                .setUser(user).setPassword(password.orElse(""));
        SqlConnection admin = PgConnection.connect(vertx, options).await().indefinitely();
        io.restassured.config.RestAssuredConfig previous = RestAssured.config;
        RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 20_000).setParam("http.connection.timeout", 5_000));
        try {
            admin.query("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false").execute().await().indefinitely();
            admin.preparedQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1")
                    .execute(Tuple.of(database)).await().indefinitely();

            long started = System.nanoTime();
            Response api = given().header("X-Forwarded-For", "10.44.0.1").queryParam("name", "李娜").get("/api/v1/registry");
            assertThat(api.statusCode()).as(api.asString()).isEqualTo(503);
            assertThat(api.getHeader("Retry-After")).matches("\\d+");
            assertThat(api.contentType()).startsWith("application/problem+json");
            Response page = given().header("X-Forwarded-For", "10.44.0.2").accept("text/html").queryParam("name", "李娜")
                    .get("/registry");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).matches("\\d+");
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered, not hung").isLessThan(
                    Duration.ofSeconds(15));
            assertThat(given().get("/q/health/ready").statusCode()).as("readiness DOWN").isEqualTo(503);
        } finally {
            admin.query("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true").execute().await().indefinitely();
            admin.close().await().indefinitely();
            RestAssured.config = previous;
        }

        long back = System.nanoTime();
        int status = 0;
        while (Duration.ofNanos(System.nanoTime() - back).compareTo(Duration.ofSeconds(10)) < 0) {
            status = given().header("X-Forwarded-For", "10.44.0.3").queryParam("name", "王芳").get("/api/v1/registry")
                    .statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(status).as("serving again within 10 s of the database's return").isEqualTo(200);
        int ready = 0;
        while (Duration.ofNanos(System.nanoTime() - back).compareTo(Duration.ofSeconds(10)) < 0) {
            ready = given().get("/q/health/ready").statusCode();
            if (ready == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(ready).as("ready again within 10 s").isEqualTo(200);
    }
}
