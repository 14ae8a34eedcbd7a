package org.zhongben.portal.resumption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.zhongben.portal.testsupport.MultipartBody;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser without JavaScript, for page tests: it keeps cookies, reads the CSRF token of the last page it loaded and
 * sends it with the next form, and never follows redirects by itself (tests look at them).
 */
final class Browser {

    private final Map<String, String> cookies = new HashMap<>();
    private String page = "";

    Browser(String language) {
        cookies.put("lang", language);
    }

    Browser session(String token) {
        cookies.put("portal_session", token);
        return this;
    }

    String page() {
        return page;
    }

    /** Loads a page, expecting {@code status}, and keeps it for the forms that follow. */
    String get(String path, int status, Object... parameters) {
        Response response = request().get(path, parameters);
        keep(response);
        assertThat(response.statusCode()).as(path + "\n" + response.asString()).isEqualTo(status);
        page = response.asString();
        return page;
    }

    /** Posts a form of the last page (with its CSRF token). */
    Response post(String path, Map<String, ?> form, Object... parameters) {
        RequestSpecification request = request().formParam("csrf-token", Fixtures.first(Fixtures.CSRF, page));
        form.forEach(request::formParam);
        Response response = request.post(path, parameters);
        keep(response);
        return response;
    }

    /** Posts a multipart form of the last page with one or more files. */
    Response upload(String path, Map<String, String> fields, Map<String, byte[]> files, Object... parameters) {
        MultipartBody body = new MultipartBody().field("csrf-token", Fixtures.first(Fixtures.CSRF, page));
        fields.forEach(body::field);
        files.forEach((name, content) -> body.file("file", name, content, "application/octet-stream"));
        Response response = body.on(request()).post(path, parameters);
        keep(response);
        return response;
    }

    /** Follows a 303 answer and returns the page it leads to. */
    String follow(Response redirect) {
        assertThat(redirect.statusCode()).as(redirect.asString()).isEqualTo(303);
        String location = redirect.header("Location").replaceFirst("^https?://[^/]+", "");
        Response response = given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(false).get(location);
        keep(response);
        assertThat(response.statusCode()).as(location + "\n" + response.asString()).isEqualTo(200);
        page = response.asString();
        return page;
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies).urlEncodingEnabled(true);
    }

    private void keep(Response response) {
        response.getCookies().forEach((name, value) -> {
            if (!value.isEmpty()) {
                cookies.put(name, value);
            }
        });
    }
}
