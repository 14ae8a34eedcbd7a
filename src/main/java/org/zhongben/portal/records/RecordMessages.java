package org.zhongben.portal.records;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the record pages. Chinese here; English in {@code messages/records_en.properties}. */
@MessageBundle(value = "records", locale = "zh-CN")
public interface RecordMessages {

    @Message("核验调查记录")
    String verifyTitle();

    @Message("核验某份调查记录或证据包是否由本门户出具、是否被改动。上传证据包中的 manifest.json 和 manifest.sig,或上传任一文件,或填写记录编号和 SHA-256。核验结果不显示任何个人信息。")
    String verifyIntro();

    @Message("由本门户出具,内容未被改动")
    String issued();

    @Message("签名与内容不符:清单已被改动")
    String tampered();

    @Message("该清单不是本门户出具的原样文件,或签名文件不属于该清单。请向出具方索取原件。")
    String tamperedText();

    @Message("未找到:不是本门户出具的文件,或已被改动")
    String unknown();

    @Message("本门户没有出具过内容完全一致的文件。文件只要改动一个字节,核验就不会通过。")
    String unknownText();

    @Message("案号")
    String caseNumber();

    @Message("出具时间")
    String issuedAt();

    @Message("记录编号")
    String recordId();

    @Message("类型")
    String format();

    @Message("下载人身份")
    String issuedTo();

    @Message("对应文件")
    String matchedPath();

    @Message("签名")
    String signature();

    @Message("有效(门户公钥核验通过)")
    String signatureValid();

    @Message("核验证据包清单")
    String byManifest();

    @Message("核验单个文件")
    String byFile();

    @Message("证据包、调查记录或其中任一文件")
    String anyFile();

    @Message("按记录编号和 SHA-256 核验")
    String byHash();

    @Message("核验")
    String check();

    @Message("门户签名公钥:")
    String keysHint();

    @Message("调查记录下载")
    String recordsHeading();

    @Message("下载的记录带有下载人水印和记录编号,每次下载都会记入本案的访问记录。证据包含全部文件、逐一的 SHA-256 清单和门户签名,可在 /verify 核验。")
    String recordsHint();

    @Message("调查记录(PDF)")
    String pdf();

    @Message("全部措施和结果(CSV)")
    String csv();

    @Message("全部措施和结果(JSON)")
    String json();

    @Message("签名证据包(ZIP)")
    String bundle();

    @Message("执行异议申请书草稿(PDF)")
    String objectionPdf();

    @Message("正在下载")
    String downloadReceiving();

    @Message("下载完成")
    String downloadDone();

    @Message("下载中断,请重试。")
    String downloadFailed();
}
