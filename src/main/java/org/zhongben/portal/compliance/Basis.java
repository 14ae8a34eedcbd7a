package org.zhongben.portal.compliance;

import org.zhongben.portal.common.i18n.Labelled;

/**
 * One legal basis of a check: the document, the article (numbering as given in domain.md; recalled numbers are
 * tagged [R]) and how sure the portal is of it.
 */
public record Basis(LegalSource source, String articleZh, String articleEn, Confidence confidence) implements Labelled {

    static Basis of(LegalSource source, String articleZh, String articleEn, Confidence confidence) {
        return new Basis(source, articleZh, articleEn, confidence);
    }

    @Override
    public String zh() {
        return source.zh() + (articleZh.isEmpty() ? "" : " " + articleZh) + " [" + confidence.tag() + "]";
    }

    @Override
    public String en() {
        return source.en() + (articleEn.isEmpty() ? "" : " " + articleEn) + " [" + confidence.tag() + "]";
    }
}
