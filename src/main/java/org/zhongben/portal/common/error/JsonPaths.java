package org.zhongben.portal.common.error;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Renders a Jackson reference path as {@code parties[1].idNumber}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(List<JsonMappingException.Reference> path) {
        StringBuilder rendered = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!rendered.isEmpty()) {
                    rendered.append('.');
                }
                rendered.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                rendered.append('[').append(reference.getIndex()).append(']');
            }
        }
        return rendered.toString();
    }
}
