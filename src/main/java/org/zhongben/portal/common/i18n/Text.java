package org.zhongben.portal.common.i18n;

import java.util.List;
import java.util.Objects;

/** A sentence in both portal languages, for text that is computed rather than kept in a message bundle. */
public record Text(String zh, String en) implements Labelled {

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** Sentences joined into one paragraph: Chinese ones run on, English ones are separated by a space. */
    public static Text join(List<Text> parts) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Text part : parts) {
            if (!en.isEmpty()) {
                en.append(' ');
            }
            zh.append(part.zh());
            en.append(part.en());
        }
        return new Text(zh.toString(), en.toString());
    }
}
