package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PythonLiteralTest {

    @Test
    void readsWhatTheOriginalWritesIntoProjects() throws Exception {
        Object roi = PythonLiteral.parse("{'kind': 'BandROI', 'use': True, 'begin': (442.819, -0.105), 'width': 0.04,"
                + " 'n': 7, 'x': None, 'splitters': (-15, 15, 2.5, 'inf')}");
        Map<?, ?> map = (Map<?, ?>) roi;
        assertEquals(List.of("kind", "use", "begin", "width", "n", "x", "splitters"), List.copyOf(map.keySet()));
        assertEquals("BandROI", map.get("kind"));
        assertEquals(Boolean.TRUE, map.get("use"));
        assertEquals(List.of(442.819, -0.105), map.get("begin"));
        assertEquals(7L, map.get("n"));
        assertNull(map.get("x"));
        assertEquals(List.of(-15L, 15L, 2.5, "inf"), map.get("splitters"));
        assertEquals(List.of(List.of(0L, 1L), List.of()), PythonLiteral.parse("[[0, 1], []]"));
        assertEquals(List.of(1L), PythonLiteral.parse("(1,)"), "a one-tuple");
        assertEquals(1L, PythonLiteral.parse("(1)"), "brackets around a value");
        assertEquals(List.of(), PythonLiteral.parse("()"));
        assertEquals(1e-10, PythonLiteral.parse("1e-10"));
        assertEquals(-0.9999999999, PythonLiteral.parse("-0.9999999999"));
        assertEquals(44511629.76477139, PythonLiteral.parse("44511629.76477139"));
    }

    @Test
    void readsEscapesOfBothQuotesAndJsonUnicode() throws Exception {
        assertEquals("µA", PythonLiteral.parse("\"\\u00b5A\""));
        assertEquals("=fit['CE0074'].r1", PythonLiteral.parse("\"=fit['CE0074'].r1\""));
        assertEquals("it's", PythonLiteral.parse("'it\\'s'"));
        assertEquals("a\\b\n", PythonLiteral.parse("'a\\\\b\\n'"));
        assertEquals("d[\"x\"]", PythonLiteral.parse("\"d[\\\"x\\\"]\""));
    }

    @Test
    void numpyPrintsOfSpecialNumbersAreNumbers() throws Exception {
        List<?> values = (List<?>) PythonLiteral.parse("[nan, inf, -inf, 1]");
        assertTrue(Double.isNaN((Double) values.get(0)));
        assertEquals(Arrays.asList(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1L), values.subList(1, 4));
    }

    @Test
    void refusesAnythingButLiteralsNamingTheColumn() {
        assertEquals("not a Python literal, at column 1: '__import__' is not a literal (expected a number, a quoted "
                + "string, True, False, None, a list, a tuple or a dictionary)",
                assertThrows(PythonLiteral.SyntaxError.class, () -> PythonLiteral.parse("__import__('os')")).getMessage());
        assertTrue(assertThrows(PythonLiteral.SyntaxError.class, () -> PythonLiteral.parse("[0.02, 0.7"))
                .getMessage().contains("column 11"));
        assertTrue(assertThrows(PythonLiteral.SyntaxError.class, () -> PythonLiteral.parse("[1, 2] + [3]"))
                .getMessage().contains("after the value"));
        assertThrows(PythonLiteral.SyntaxError.class, () -> PythonLiteral.parse("'open"));
        assertThrows(PythonLiteral.SyntaxError.class, () -> PythonLiteral.parse("{[1]: 2}"));
        assertThrows(PythonLiteral.SyntaxError.class, () -> PythonLiteral.parse("1.2.3"));
        assertEquals("currents Tr", PythonLiteral.parseOrText("currents Tr"), "text that is no literal stays text");
    }
}
