package org.zhongben.portal.common.storage;

/** The content exceeded the size allowed for it; nothing was stored. */
public class BlobTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BlobTooLargeException(long limit) {
        super("content exceeds " + limit + " bytes", null, false, false);
    }
}
