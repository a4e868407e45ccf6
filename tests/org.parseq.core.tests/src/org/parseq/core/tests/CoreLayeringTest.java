package org.parseq.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parseq.core.ProductInfo;

/** The engine must run without a display: its bundle may not depend on any UI toolkit. */
class CoreLayeringTest {

    private static final List<String> UI_PREFIXES =
            List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.e4.ui", "org.eclipse.ui");

    @Test
    void theCoreBundleRequiresNoUiBundleOrPackage() {
        Bundle core = FrameworkUtil.getBundle(ProductInfo.class);
        assertNotNull(core, "the test runs inside OSGi");
        for (String header : List.of("Require-Bundle", "Import-Package", "DynamicImport-Package")) {
            String value = core.getHeaders("").get(header);
            if (value == null) {
                continue;
            }
            for (String prefix : UI_PREFIXES) {
                assertFalse(value.contains(prefix), header + " of org.parseq.core names " + prefix + ": " + value);
            }
        }
    }
}
