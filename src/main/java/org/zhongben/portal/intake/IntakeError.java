package org.zhongben.portal.intake;

import org.zhongben.portal.common.error.ErrorCode;

/** Stable errors of the court intake API. */
public enum IntakeError implements ErrorCode {
    INVALID_CASE_FILE("intake/invalid-case-file", 400, "案件数据不符合格式要求", "The case file is invalid"),
    UNREADABLE_LINE("intake/unreadable-line", 400, "该行不是有效的 JSON", "The line is not valid JSON"),
    LINE_TOO_LONG("intake/line-too-long", 413, "单行数据过大", "The line exceeds the maximum size"),
    STALE_VERSION("intake/stale-version", 409, "版本号不高于已存储的版本,未作更改",
            "The version is not newer than the stored one; nothing was changed"),
    CASE_NOT_FOUND("intake/case-not-found", 404, "未找到该案件", "No such case"),
    DOCUMENT_NOT_DECLARED("intake/document-not-declared", 404, "案件数据中没有该文书", "The case file declares no such document"),
    DOCUMENT_HASH_MISMATCH("intake/document-hash-mismatch", 422, "文书内容与声明的 SHA-256 不一致",
            "The content does not match the declared SHA-256"),
    DOCUMENT_TYPE_NOT_ALLOWED("intake/document-type-not-allowed", 415, "只接受 PDF、JPEG 或 PNG 文书",
            "Only PDF, JPEG or PNG documents are accepted");

    private final String code;
    private final int status;
    private final String zh;
    private final String en;

    IntakeError(String code, int status, String zh, String en) {
        this.code = code;
        this.status = status;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
