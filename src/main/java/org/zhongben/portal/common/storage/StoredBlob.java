package org.zhongben.portal.common.storage;

/** A stored binary: its id, SHA-256 (lower-case hex), size and the content type sniffed from its bytes. */
public record StoredBlob(long id, String sha256, long size, String contentType) {
}
