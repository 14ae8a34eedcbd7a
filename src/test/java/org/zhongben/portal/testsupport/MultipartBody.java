package org.zhongben.portal.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/**
 * A multipart/form-data body built whole, so it goes out with a Content-Length as browsers and curl send it (REST
 * Assured streams multipart bodies chunked, which the portal's upload routes refuse). Names and file names are raw
 * UTF-8, as browsers send them for UTF-8 pages.
 */
public final class MultipartBody {

    private final String boundary = "----portal-test-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public MultipartBody field(String name, String value) {
        return part("form-data; name=\"" + name + "\"", "text/plain; charset=UTF-8",
                value.getBytes(StandardCharsets.UTF_8));
    }

    public MultipartBody json(String name, String json) {
        return part("form-data; name=\"" + name + "\"", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public MultipartBody file(String name, String fileName, byte[] content, String type) {
        return part("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", type, content);
    }

    /** Puts the body and its content type on a request. */
    public RequestSpecification on(RequestSpecification request) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(body.toByteArray());
        whole.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.contentType("multipart/form-data; boundary=" + boundary).body(whole.toByteArray());
    }

    private MultipartBody part(String disposition, String type, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + type
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }
}
