package org.parseq.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parseq.io.LoadedData;
import org.parseq.io.format.ArraySpec;
import org.parseq.io.format.DataFormat;
import org.parseq.io.format.HeaderRule;
import org.parseq.io.read.ColumnFileReader;

/**
 * Arrays read with the formats of reference/parseq-xas/README.md must equal the original's
 * 0_raw.txt.gz (eraw, i0, itr; e and mu for the µd entries) to 1e-12 relative.
 */
class ReferenceLoadingTest {
	private static final double RELATIVE = 1e-12;

	@ParameterizedTest(name = "{0}/{1}")
	@CsvSource({ "foils, Cu-foil_EXAFS_23068, foils/Cu-foil_EXAFS_23068.dat",
			"foils, Cu-foil_EXAFS_23069, foils/Cu-foil_EXAFS_23069.dat",
			"foils, Cu-foil_EXAFS_23070, foils/Cu-foil_EXAFS_23070.dat" })
	void foils(String group, String item, String file) throws Exception {
		DataFormat format = DataFormat.columns(new HeaderRule.CommentsOnly(), ArraySpec.of("eraw", "Col1", null),
				ArraySpec.of("i0", "Col3+Col4", "µA"), ArraySpec.of("itr", "Col5+Col6", "µA"), ArraySpec.of("eref", "", null));
		compare(group, item, file, format, new String[] { "eraw", "i0", "itr" });
	}

	@ParameterizedTest(name = "{0}/{1}")
	@CsvSource({ "Cu_fio_metal, Cu_lnt1, 3, Col5, 6", "Cu_fio_metal, Cu_lnt2, 3, Col5, 6",
			"Cu_fio_metal, Cu_rt1, 3, Col5, 6", "Cu_fio_metal, Cu_rt2, 3, Col5, 6",
			"Cu_fio_oxides, Cu2O_lnt1, 0, 5, 6", "Cu_fio_oxides, Cu2O_lnt2, 0, 5, 6", "Cu_fio_oxides, CuO_lnt, 0, 5, 6" })
	void fio(String group, String item, String e, String i0, String itr) throws Exception {
		DataFormat format = DataFormat.columns(new HeaderRule.LastLineContaining("Col "), ArraySpec.of("eraw", e, null),
				ArraySpec.of("i0", i0, "counts"), ArraySpec.of("itr", itr, "counts"), ArraySpec.of("eref", "", null));
		compare(group, item, item + ".fio", format, new String[] { "eraw", "i0", "itr" });
	}

	@ParameterizedTest(name = "{0}/{1}")
	@CsvSource({ "fe2o3_mu, fe2o3_15_35", "fe2o3_mu, fe2o3_tr2" })
	void mu(String group, String item) throws Exception {
		DataFormat format = DataFormat.columns(new HeaderRule.SkipRows(1), ArraySpec.of("eraw", "0", null),
				ArraySpec.of("muraw", "1", null), ArraySpec.of("eref", "", null));
		compare(group, item, item + ".mu", format, new String[] { "eraw", "muraw" });
	}

	private static void compare(String group, String item, String file, DataFormat format, String[] names)
			throws Exception {
		LoadedData data = ColumnFileReader.read(SharedData.data("parseq-xas").resolve(file), format);
		Path referenceFile = SharedData.reference("parseq-xas/defaults").resolve(group).resolve(item).resolve("0_raw.txt.gz");
		Map<String, double[]> reference = ReferenceTable.read(referenceFile);
		for (String name : names) {
			double[] expected = reference.get(name);
			double[] actual = data.requireArray(name);
			assertEquals(expected.length, actual.length, name + " length of " + item);
			for (int i = 0; i < expected.length; i++) {
				double tolerance = RELATIVE * Math.abs(expected[i]);
				assertEquals(expected[i], actual[i], tolerance, name + "[" + i + "] of " + item);
			}
		}
		assertTrue(data.array("eref").isEmpty(), "the optional eref stays absent");
	}
}
