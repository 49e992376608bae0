package org.w3id.rikg.server.store;

import java.time.Instant;

/**
 * The version of the data in the store: a tag that changes on every committed write, and when the data
 * last changed. Every {@code ETag} and {@code Last-Modified} of the server is derived from it, so no cached
 * answer outlives a write.
 *
 * @param tag      opaque, changes exactly when the data changes (also across restarts)
 * @param modified when the data last changed
 */
public record StoreVersion(String tag, Instant modified) {

    /** A weak entity tag for one representation ({@code variant}, e.g. a format) of this version. */
    public String etag(String variant) {
        return "W/\"" + tag + (variant == null || variant.isEmpty() ? "" : "-" + variant) + "\"";
    }
}
