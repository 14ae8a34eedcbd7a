package org.zhongben.portal.records;

/** What can be downloaded: the record in three forms, the signed bundle of everything, and the objection draft. */
public enum RecordFormat {
    PDF("investigation.pdf", "application/pdf", "调查记录", "investigation-record"),
    CSV("investigation.csv", "text/csv; charset=UTF-8", "调查记录", "investigation-record"),
    JSON("investigation.json", "application/json", "调查记录", "investigation-record"),
    BUNDLE("bundle.zip", "application/zip", "调查记录证据包", "investigation-bundle"),
    OBJECTION_PDF("objection.pdf", "application/pdf", "执行异议申请书草稿", "objection-draft");

    private final String path;
    private final String contentType;
    private final String zhName;
    private final String enName;

    RecordFormat(String path, String contentType, String zhName, String enName) {
        this.path = path;
        this.contentType = contentType;
        this.zhName = zhName;
        this.enName = enName;
    }

    /** The URL segment: {@code /cases/{n}/records/investigation.pdf}. */
    public String path() {
        return path;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name offered to the browser, with the case number in it. */
    public String fileName(String caseNumber, boolean english) {
        String extension = path.substring(path.lastIndexOf('.'));
        return (english ? enName : zhName) + "-" + caseNumber + extension;
    }

    /** What the format is, for people: 调查记录 (PDF). */
    public String label(boolean english) {
        return (english ? enName : zhName) + " (" + path.substring(path.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT)
                + ")";
    }

    /** The format served at {@code path}, or {@code null}. */
    public static RecordFormat at(String path) {
        for (RecordFormat format : values()) {
            if (format.path.equals(path)) {
                return format;
            }
        }
        return null;
    }
}
