package org.parseq.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parseq.core.ProductInfo;

class ProductInfoTest {

    @Test
    void usersSeeTheReleaseNumberWithoutTheBuildQualifier() {
        ProductInfo info = ProductInfo.fromBundleVersion("0.1.0.202611240203");
        assertEquals("0.1.0", info.version());
        assertEquals("ParSeq for Eclipse 0.1.0", info.windowTitle());
    }

    @Test
    void aVersionWithoutQualifierIsShownAsItIs() {
        assertEquals("2.3.4", ProductInfo.fromBundleVersion("2.3.4").version());
        assertEquals("7", ProductInfo.fromBundleVersion("7").version());
    }

    @Test
    void aBlankNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ProductInfo(" ", "1.0.0"));
    }
}
