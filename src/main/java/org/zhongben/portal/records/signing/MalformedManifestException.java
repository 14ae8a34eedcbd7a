package org.zhongben.portal.records.signing;

/** {@code manifest.json} is not a manifest: not JSON, a missing or unknown field, or a value of the wrong form. */
public class MalformedManifestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MalformedManifestException(String message) {
        super(message);
    }

    MalformedManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
