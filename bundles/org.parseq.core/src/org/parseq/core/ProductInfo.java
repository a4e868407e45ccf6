package org.parseq.core;

import java.util.Objects;

/**
 * The name and version a running ParSeq shows to its user, e.g. in the window title and in
 * the About dialog.
 *
 * @param name    the product name, never blank
 * @param version the version as shown to users, e.g. {@code 0.1.0}
 */
public record ProductInfo(String name, String version) {

    public static final String PRODUCT_NAME = "ParSeq for Eclipse";

    public ProductInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        if (name.isBlank()) {
            throw new IllegalArgumentException("product name is blank");
        }
    }

    /**
     * Builds the product info from an OSGi bundle version such as {@code 0.1.0.202611240203}:
     * users see the release number, not the build qualifier.
     */
    public static ProductInfo fromBundleVersion(String bundleVersion) {
        String[] parts = bundleVersion.split("\\.");
        if (parts.length < 3) {
            return new ProductInfo(PRODUCT_NAME, bundleVersion);
        }
        return new ProductInfo(PRODUCT_NAME, parts[0] + "." + parts[1] + "." + parts[2]);
    }

    /** The main window's title, e.g. {@code ParSeq for Eclipse 0.1.0}. */
    public String windowTitle() {
        return name + " " + version;
    }
}
