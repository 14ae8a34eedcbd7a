package org.zhongben.portal.common.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Redirect targets taken from a request ({@code next} after sign-in) must stay on this site. A browser reads a
 * backslash as a slash, drops tabs and line breaks, and some decode {@code %5C} or {@code %2F} in a path, so
 * {@code /\evil.example}, {@code /\t/evil.example} and {@code /%5Cevil.example} all lead to {@code //evil.example},
 * another site. Only a plain absolute path of printable ASCII (what the portal's own links are, percent-encoded) is
 * accepted, and it must parse as a URI without scheme or host.
 */
public final class SafeLocalPath {

    private static final int MAX_LENGTH = 2000;

    private SafeLocalPath() {
    }

    /** {@code next} when it is a safe local path, else {@code fallback}. */
    public static String of(String next, String fallback) {
        return isSafe(next) ? next : fallback;
    }

    static boolean isSafe(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || next.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        // what a browser might make of an encoded slash or backslash right after the first slash
        String second = next.length() > 1 ? next.substring(1, Math.min(next.length(), 4)).toUpperCase(java.util.Locale.ROOT)
                : "";
        if (second.startsWith("/") || second.startsWith("%2F") || second.startsWith("%5C")) {
            return false;
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/");
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
