package org.zhongben.portal.guides;

import java.util.Arrays;
import java.util.Optional;

/** What a reader came to do; each journey has one guide at {@code /guides/<slug>}, written in both languages. */
enum Journey {
    UNDERSTAND_MY_CASE("understand-my-case"),
    APPLY_FOR_RESUMPTION("apply-for-resumption"),
    OBJECT_TO_TERMINATION("object-to-termination"),
    LAWYER_ACCESS("lawyer-access");

    private final String slug;

    Journey(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    String path() {
        return "/guides/" + slug;
    }

    static Optional<Journey> bySlug(String slug) {
        return Arrays.stream(values()).filter(journey -> journey.slug.equals(slug)).findFirst();
    }
}
