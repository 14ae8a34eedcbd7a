package org.zhongben.portal.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser without JavaScript, for page tests: it keeps cookies, reads the CSRF token of the last page it loaded and
 * sends it with the next form, and never follows redirects by itself (tests look at them).
 */
public final class Browser {

    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String page = "";

    public Browser(String language) {
        cookies.put("lang", language);
    }

    public Browser session(String token) {
        cookies.put("portal_session", token);
        return this;
    }

    public String page() {
        return page;
    }

    /** Loads a page, expecting {@code status}, and keeps it for the forms that follow. */
    public String get(String path, int status, Object... parameters) {
        Response response = request().get(path, parameters);
        keep(response);
        assertThat(response.statusCode()).as(path + "\n" + response.asString()).isEqualTo(status);
        page = response.asString();
        return page;
    }

    /** Posts a form of the last page (with its CSRF token). */
    public Response post(String path, Map<String, ?> form, Object... parameters) {
        RequestSpecification request = request().formParam("csrf-token", first(CSRF, page));
        form.forEach(request::formParam);
        Response response = request.post(path, parameters);
        keep(response);
        return response;
    }

    /** Posts a multipart form of the last page with one or more files. */
    public Response upload(String path, Map<String, String> fields, Map<String, byte[]> files, Object... parameters) {
        return upload(path, "file", fields, files, parameters);
    }

    /** Posts a multipart form of the last page whose file input is named {@code fileField}. */
    public Response upload(String path, String fileField, Map<String, String> fields, Map<String, byte[]> files,
            Object... parameters) {
        MultipartBody body = new MultipartBody().field("csrf-token", first(CSRF, page));
        fields.forEach(body::field);
        files.forEach((name, content) -> body.file(fileField, name, content, "application/octet-stream"));
        Response response = body.on(request()).post(path, parameters);
        keep(response);
        return response;
    }

    /** Follows a 303 answer and returns the page it leads to. */
    public String follow(Response redirect) {
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

    /** The first group of {@code pattern} in {@code html}; fails the test, showing the page, when it is not there. */
    public static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("not in page: " + pattern + "\n" + html);
        }
        return matcher.group(1);
    }
}
