package org.zhongben.portal.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over a socket, for hostile requests no well-behaved client library would send: the request
 * target goes out exactly as given (broken percent-escapes, raw bytes), any header value, any body. One connection per
 * request ({@code Connection: close}); every read waits at most {@code timeout} ms, so a request the server never
 * answers fails instead of hanging.
 */
public final class HostileClient {

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public HostileClient(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** An answer; {@code headers} have lower-case names (the last of repeated ones). */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Thrown when the server closed the connection or stayed silent without a whole answer. */
    public static final class NoAnswer extends IOException {
        private static final long serialVersionUID = 1L;

        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Sends one request. {@code headers} may hold anything; {@code Host}, {@code Connection: close} and, when there is
     * a body and no such header was given, {@code Content-Length} are added.
     */
    public Answer send(String method, String target, Map<String, String> headers, byte[] body) throws NoAnswer {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            boolean lengthGiven = false;
            for (Map.Entry<String, String> header : headers.entrySet()) {
                lengthGiven |= header.getKey().equalsIgnoreCase("Content-Length")
                        || header.getKey().equalsIgnoreCase("Transfer-Encoding");
                head.writeBytes((header.getKey() + ": " + header.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (body != null && !lengthGiven) {
                head.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            head.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            IOException writeFailure = null;
            try {
                out.write(head.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedWhileSending) {
                // the server may answer (e.g. 413) and close before the whole body went out; read what it said
                writeFailure = refusedWhileSending;
            }
            try {
                return read(new BufferedInputStream(socket.getInputStream()), method);
            } catch (IOException e) {
                if (writeFailure != null) {
                    e.addSuppressed(writeFailure);
                }
                throw e;
            }
        } catch (NoAnswer e) {
            throw e;
        } catch (SocketTimeoutException e) {
            throw new NoAnswer("no answer within " + timeoutMillis + " ms", e);
        } catch (IOException e) {
            throw new NoAnswer("connection failed: " + e, e);
        }
    }

    private Answer read(InputStream in, String method) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new NoAnswer("connection closed without an answer", null);
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new NoAnswer("not an HTTP answer: " + statusLine, null);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        if (line == null) {
            throw new NoAnswer("connection closed in the headers of a " + status + " answer", null);
        }
        if (method.equals("HEAD") || status == 204 || status == 304 || status / 100 == 1) {
            return new Answer(status, headers, new byte[0]);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            while (true) {
                String size = line(in);
                if (size == null) {
                    throw new NoAnswer("connection closed inside a chunked " + status + " answer", null);
                }
                int semicolon = size.indexOf(';');
                int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (chunk == 0) {
                    while ((line = line(in)) != null && !line.isEmpty()) {
                        // trailers
                    }
                    break;
                }
                body.writeBytes(exactly(in, chunk, status));
                line(in);
            }
        } else if (length != null) {
            body.writeBytes(exactly(in, Integer.parseInt(length), status));
        } else {
            body.writeBytes(in.readAllBytes());
        }
        return new Answer(status, headers, body.toByteArray());
    }

    private static byte[] exactly(InputStream in, int length, int status) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new NoAnswer("connection closed inside a " + status + " answer (" + bytes.length + " of " + length
                    + " bytes)", null);
        }
        return bytes;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
