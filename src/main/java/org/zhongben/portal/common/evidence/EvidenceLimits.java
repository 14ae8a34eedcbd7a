package org.zhongben.portal.common.evidence;

/**
 * Upper bounds for one evidence file. The pixel bound exists because a few kilobytes of PNG or JPEG can declare an
 * image that would need gigabytes once decoded.
 */
public record EvidenceLimits(long maxBytes, long maxImagePixels) {

    public EvidenceLimits {
        if (maxBytes <= 0 || maxImagePixels <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + " bytes, " + maxImagePixels
                    + " pixels");
        }
    }

    public static EvidenceLimits of(long maxBytes, long maxImagePixels) {
        return new EvidenceLimits(maxBytes, maxImagePixels);
    }
}
