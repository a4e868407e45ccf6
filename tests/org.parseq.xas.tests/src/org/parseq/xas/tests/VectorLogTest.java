package org.parseq.xas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.parseq.xas.numerics.VectorLog;

/**
 * µ = ln(i0/itr) takes the logarithm the original's reference platform takes (numpy 1.24.2 on
 * AVX-512): the pairs below were computed there and are arguments where that logarithm differs
 * from the correctly rounded one, so a plain {@link Math#log} fails them.
 */
class VectorLogTest {

    private static final double[][] NUMPY_1_24_AVX512 = {
        {0x1.7ab98cf888819p+0, 0x1.9108151dcc0c0p-2},
        {0x1.5d58f070d7d6fp+0, 0x1.3e59cdf44933dp-2},
        {0x1.19a7810cadbfdp-2, -0x1.4a714ce94c78fp+0},
        {0x1.4ad703dae14e2p+1, 0x1.e632897652680p-1},
        {0x1.dc5139f24f2a2p+0, 0x1.3de77dcca523fp-1},
        {0x1.1764dec70db68p+1, 0x1.8fa9dbdd04d00p-1},
        {0x1.bd8f52e8dada4p-2, -0x1.aa0e47e74c660p-1},
        {0x1.451ee3be4bc6dp+1, 0x1.dd44e0a726400p-1},
        {0x1.75068a5726685p-3, -0x1.b3f5fa55db03fp+0},
        {0x1.77f92d883f31cp+1, 0x1.13d640f26ea50p+0},
        {0x1.fa50664820ca9p-3, -0x1.65c00f13735dfp+0},
        {0x1.49101d6acef6ap-3, -0x1.d4100d12473f0p+0},
    };

    @Test
    void reproducesTheOriginalsLogarithmBitForBit() {
        for (double[] pair : NUMPY_1_24_AVX512) {
            assertEquals(pair[1], VectorLog.log(pair[0]), 0, "ln " + pair[0]);
            assertNotEquals(pair[1], Math.log(pair[0]), "a case that tells the two logarithms apart: " + pair[0]);
        }
    }

    @Test
    void specialArgumentsAsTheCLibrary() {
        for (double x : new double[] {0, -1, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NaN, 1, 2, 0.5}) {
            assertEquals(Math.log(x), VectorLog.log(x), 0, "ln " + x);
        }
    }
}
