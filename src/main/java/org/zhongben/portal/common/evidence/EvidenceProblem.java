package org.zhongben.portal.common.evidence;

import java.util.Locale;

import org.zhongben.portal.common.i18n.Labelled;

/** Why an uploaded evidence file was refused. Each message tells the creditor what to do next. */
public enum EvidenceProblem implements Labelled {
    EMPTY("文件是空的(0 字节)。请重新选择文件后再上传。", "The file is empty (0 bytes). Choose the file again and upload it."),
    TOO_LARGE("文件超过大小上限。请压缩文件,或分成几个文件分别上传。",
            "The file is larger than the limit. "
                    + "Compress it, or split it into several files and upload them separately."),
    UNSUPPORTED_TYPE("只接受 PDF、JPEG 或 PNG 文件(按文件内容判断,与文件名无关)。"
            + "请把文件转换为 PDF,或保存为 JPEG 或 PNG 图片后再上传。",
            "Only PDF, JPEG or PNG files are accepted, judged by their content rather than their name. "
                    + "Convert the document to PDF, or save it as a JPEG or PNG image, and upload it again."),
    CORRUPT("文件已损坏或不完整,无法打开。请从原文件重新导出或重新扫描后再上传。",
            "The file is damaged or incomplete and cannot be opened. "
                    + "Export or scan it again from the original and upload the new file."),
    IMAGE_TOO_LARGE("图片的像素尺寸过大。请缩小图片的长和宽后再上传。",
            "The image has too many pixels. Reduce its width and height, then upload it again.");

    private final String zh;
    private final String en;

    EvidenceProblem(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Stable lower-snake code for APIs and logs, e.g. {@code image_too_large}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
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
