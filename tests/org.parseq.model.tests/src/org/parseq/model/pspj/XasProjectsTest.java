package org.parseq.model.pspj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.model.DataTree;
import org.parseq.model.ItemColours;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;
import org.parseq.xas.pipeline.XasPipelineProvider;

/**
 * Every XAS project of the original's examples opens: items, groups, aliases, colours,
 * parameters under our names, formats translated, fits and the original's other values kept;
 * the translated formats read the same arrays as the original did (its raw arrays in
 * reference/parseq-xas), bit for bit.
 */
class XasProjectsTest {

    private static final String CU_FIO = "{\"node\":\"currents_tr\",\"columns\":{\"eraw\":\"0\",\"i0\":\"5\",\"itr\":\"6\"},"
            + "\"lastSkipRowContains\":\"Col\"}";
    private static final String FOIL = "{\"node\":\"currents_tr\",\"columns\":{\"eraw\":\"Col1\",\"i0\":\"Col3+Col4\","
            + "\"itr\":\"Col5+Col6\"},\"comments\":\"#\",\"conversionFactors\":{\"i0\":\"µA\",\"itr\":\"µA\"}";

    @TempDir
    Path folder;

    private final PipelineDefinition xas = new XasPipelineProvider().createPipeline();
    private final PspjReader reader = new PspjReader(List.of(xas));

    @Test
    void cuProjectWithItsExafsFits() throws Exception {
        PspjProject project = reader.read(OriginalProjects.xas(folder, "Cu"));
        assertEquals("xas", project.pipelineId());
        assertEquals("XAS", project.originalPipeline());
        assertEquals(List.of(), project.messages());
        List<String> aliases = List.of("Cu_lnt1", "Cu_lnt2", "Cu_rt1", "Cu_rt2");
        assertFlatTree(project, aliases);
        assertColours(project, List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"));
        for (String alias : aliases) {
            DataItem item = item(project, alias);
            assertEquals("currents_tr", item.getEntryNode());
            assertNull(item.getStopNode());
            assertEquals(2, item.getColourTag());
            assertEquals(CU_FIO, item.getSource().getFormat());
            assertEquals(folder.resolve("data/" + alias + ".fio").toString(), item.getSource().getLocation());
            assertNull(project.item(alias).orElseThrow().unavailable());
            Map<String, double[]> loaded = LoadedArrays.load(xas, item);
            double[][] raw = OriginalProjects.referenceColumns("projects/Cu/" + alias + "/0_raw.txt.gz");
            LoadedArrays.assertClose(raw[0], loaded.get("eraw"), 0, alias + " eraw");
            LoadedArrays.assertClose(raw[1], loaded.get("i0"), 0, alias + " i0");
            LoadedArrays.assertClose(raw[2], loaded.get("itr"), 0, alias + " itr");
        }
        Map<String, Object> lnt1 = project.item("Cu_lnt1").orElseThrow().parameters();
        assertEquals(0.97, lnt1.get("mu0PriorVScale"));
        assertEquals(List.of(0.02, 0.7), lnt1.get("e0Where"));
        assertEquals(List.of(-15.0, 15.0, 2.5, Double.POSITIVE_INFINITY), lnt1.get("rebinRegions.splitters"));
        assertEquals(List.of(1.0, 0.2, 0.5, 0.025), lnt1.get("rebinRegions.deltas"));
        assertEquals(List.of(1.25, 3.0), lnt1.get("bftWindowRange"));
        assertEquals("cosine-tapered", lnt1.get("ftWindowKind"));
        assertEquals(12, lnt1.get("mu0knots"));
        assertEquals(Boolean.TRUE, lnt1.get("needECalibration"));
        assertEquals(-0.3972341041571781, lnt1.get("eShift"));
        Map<String, Object> rt1 = project.item("Cu_rt1").orElseThrow().parameters();
        assertEquals(7, rt1.get("mu0PriorSmoothN"));
        assertEquals(2100000.0, rt1.get("mu0smoothingFactor"));
        assertEquals(List.of(1.2522405580623248, 2.998199508110493), rt1.get("bftWindowRange"));
        // the original's outputs are kept beside the parameters, not set as parameters
        PspjItem first = project.item("Cu_lnt1").orElseThrow();
        assertEquals(8978.921254297677, first.otherValues().get("e0"));
        assertEquals(List.of(83L, 111L, 18L, 635L), first.otherValues().get("nbinOriginal"));
        assertEquals("HorizontalRangeROI", first.otherValues().get("roiHERFD.kind"));
        assertFalse(first.parameters().containsKey("e0"));
        PspjFit fit = first.fit("exafsfit");
        assertEquals(List.of("exafsfit_params", "exafsfit_result", "exafsfit_aux", "exafsfit_kRange",
                "exafsfit_k_use", "exafsfit_rRange", "exafsfit_r_use"), List.copyOf(fit.settings().keySet()));
        List<?> shells = (List<?>) fit.setting("params");
        Map<?, ?> r = (Map<?, ?>) ((Map<?, ?>) shells.get(0)).get("r");
        assertEquals(2.546111450234709, r.get("value"));
        assertEquals(List.of(1.27635, 5.1054), r.get("lim"));
        assertEquals("fixed", ((Map<?, ?>) ((Map<?, ?>) shells.get(1)).get("s0")).get("tie"));
        assertEquals("../data/foils/FEFF/Cu/feff0001.dat", ((List<?>) ((List<?>) fit.setting("aux")).get(0)).get(0));
        assertEquals(0.002535784518783128, ((Map<?, ?>) fit.setting("result")).get("R"));
        assertEquals(Boolean.FALSE, project.item("Cu_rt1").orElseThrow().fit("exafsfit").setting("k_use"));
    }

    @Test
    void cuLcfProjectEntersAtMuWithItsLinearCombinationFits() throws Exception {
        PspjProject project = reader.read(OriginalProjects.xas(folder, "Cu-LCF"));
        assertEquals(List.of(), project.messages());
        List<String> aliases = List.of("cu-foil", "cusio3h2o", "cuso45h2o", "cuoh2", "cufe2o4", "cucl2", "cucl",
                "cuco36h2o", "cu2s", "cus", "cu2o", "cuo", "cusio3xh2o", "cucl2x2h2o", "cu3o8p2", "cucl_w", "mix1",
                "mix2");
        assertFlatTree(project, aliases);
        List<Integer> columns = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19);
        for (int i = 0; i < aliases.size(); i++) {
            DataItem item = item(project, aliases.get(i));
            assertEquals("mu", item.getEntryNode());
            assertEquals("{\"node\":\"mu\",\"columns\":{\"e\":\"0\",\"mu\":\"" + columns.get(i) + "\"},\"skipRows\":1}",
                    item.getSource().getFormat());
            Map<String, double[]> loaded = LoadedArrays.load(xas, item);
            double[][] raw = OriginalProjects.referenceColumns("projects/Cu-LCF/" + aliases.get(i) + "/0_raw.txt.gz");
            LoadedArrays.assertClose(raw[0], loaded.get("e"), 0, aliases.get(i) + " e");
            LoadedArrays.assertClose(raw[1], loaded.get("mu"), 0, aliases.get(i) + " mu");
            assertEquals(ItemColours.CYCLE.get(i % 10), ItemColours.colourOf(item));
        }
        assertEquals("none", project.item("mix1").orElseThrow().parameters().get("ftWindowKind"));
        assertEquals(List.of(0.676370558375635, 5.813348328078201),
                project.item("mix1").orElseThrow().parameters().get("krange"));
        for (String mix : List.of("mix1", "mix2")) {
            PspjFit lcf = project.item(mix).orElseThrow().fit("lcf");
            List<?> references = (List<?>) lcf.setting("params");
            assertEquals(List.of("cu2o", "cuo"), references.stream().map(r -> ((Map<?, ?>) r).get("name")).toList());
            assertEquals(List.of(8779.483516483517, 10094.326007325948), lcf.setting("xRange"));
        }
        Map<?, ?> cu2o = (Map<?, ?>) ((List<?>) project.item("mix1").orElseThrow().fit("lcf").setting("params")).get(0);
        assertEquals(0.689646787221247, cu2o.get("w"));
        assertEquals(List.of(0.0, 1.0, 0.01), cu2o.get("wBounds"));
        assertTrue(project.item("cu-foil").orElseThrow().fits().isEmpty());
    }

    @Test
    void foilsProjectReadsColumnSumsInMicroampere() throws Exception {
        PspjProject project = reader.read(OriginalProjects.xas(folder, "CrFeCoCu-foils"));
        assertEquals(List.of(), project.messages());
        List<String> aliases = List.of("Cr-foil_EXAFS_23293", "Cr-foil_EXAFS_23294", "Cr-foil_EXAFS_23295",
                "Fe-foil_EXAFS_23147", "Fe-foil_EXAFS_23148", "Fe-foil_EXAFS_23149", "Co-foil_EXAFS_23107",
                "Co-foil_EXAFS_23108", "Co-foil_EXAFS_23109", "Cu-foil_EXAFS_23068", "Cu-foil_EXAFS_23069",
                "Cu-foil_EXAFS_23070");
        assertFlatTree(project, aliases);
        for (String alias : aliases) {
            String metadata = alias.startsWith("Co") ? ",\"metadata\":\"definition, start_time, end_time, "
                    + "entry_identifier, title\"" : "";
            assertEquals(FOIL + metadata + "}", item(project, alias).getSource().getFormat());
            assertEquals(List.of(1.5, 17.012999999999998), project.item(alias).orElseThrow().parameters().get("krange"));
            // the HERFD cut-off of the original has no transform here: kept, not applied
            assertEquals(2000L, project.item(alias).orElseThrow().otherValues().get("cutoff"));
        }
        // the reference read the Cu foils with this very format, defaults/foils
        for (String alias : aliases.subList(9, 12)) {
            Map<String, double[]> loaded = LoadedArrays.load(xas, item(project, alias));
            double[][] raw = OriginalProjects.referenceColumns("defaults/foils/" + alias + "/0_raw.txt.gz");
            LoadedArrays.assertClose(raw[0], loaded.get("eraw"), 0, alias + " eraw");
            LoadedArrays.assertClose(raw[1], loaded.get("i0"), 0, alias + " i0");
            LoadedArrays.assertClose(raw[2], loaded.get("itr"), 0, alias + " itr");
        }
        for (String alias : aliases.subList(0, 9)) {
            Map<String, double[]> loaded = LoadedArrays.load(xas, item(project, alias));
            assertEquals(4096, loaded.get("eraw").length, alias);
        }
    }

    @Test
    void ceRu2ProjectLimitsTheEnergyAndKeepsTheJointFitTies() throws Exception {
        PspjProject project = reader.read(OriginalProjects.xas(folder, "CeRu2"));
        assertEquals(List.of(), project.messages());
        assertFlatTree(project, List.of("CE0074", "RU0074"));
        DataItem ce = item(project, "CE0074");
        assertEquals("{\"node\":\"currents_tr\",\"columns\":{\"eraw\":\"0\",\"i0\":\"1\",\"itr\":\"2\"},\"skipRows\":2,"
                + "\"conversionFactors\":{\"eraw\":\"lim(None, 6145)\"}}", ce.getSource().getFormat());
        double[] limited = LoadedArrays.load(xas, ce).get("eraw");
        assertTrue(java.util.Arrays.stream(limited).allMatch(e -> e < 6145), "lim(None, 6145) applies");
        assertEquals(distinctEnergiesBelow(OriginalProjects.shared().resolve("data/parseq-xas/CeRu2/CE0074.DAT"), 6145),
                limited.length, "the distinct energies of the file below 6145 eV");
        assertEquals(distinctEnergiesBelow(OriginalProjects.shared().resolve("data/parseq-xas/CeRu2/RU0074.DAT"),
                Double.POSITIVE_INFINITY), LoadedArrays.load(xas, item(project, "RU0074")).get("eraw").length,
                "no limit on RU0074, duplicates removed");
        assertEquals(List.of(239L, 150L, 44L, 409L), project.item("CE0074").orElseThrow().otherValues()
                .get("nbinOriginal"));
        assertEquals(List.of(-3.0, 0.0), project.item("CE0074").orElseThrow().parameters().get("preedgeExps"));
        assertEquals(Boolean.TRUE, project.item("CE0074").orElseThrow().parameters().get("mu0PriorIncludeWhiteLine"));
        List<?> shells = (List<?>) project.item("RU0074").orElseThrow().fit("exafsfit").setting("params");
        Map<?, ?> second = (Map<?, ?>) shells.get(1);
        assertEquals("=fit['CE0074'].r1", ((Map<?, ?>) second.get("r")).get("tie"));
        assertEquals("=n1", ((Map<?, ?>) second.get("n")).get("tie"));
        assertEquals(3, ((List<?>) project.item("CE0074").orElseThrow().fit("exafsfit").setting("aux")).size());
    }

    @Test
    void selfAbsorptionProjectOfTheDevelopmentPipeline() throws Exception {
        PspjProject project = reader.read(OriginalProjects.xas(folder, "Fe2O3_selfAbsorptionCorrection"));
        assertEquals("XAS-dev", project.originalPipeline());
        assertEquals("xas", project.pipelineId());
        assertEquals(List.of(), project.messages());
        assertFlatTree(project, List.of("fe2o3_FY", "fe2o3_FY_corrected_as_thick", "fe2o3_FY_corrected_as_thin",
                "fe2o3_Tr"));
        Map<String, Object> thick = project.item("fe2o3_FY_corrected_as_thick").orElseThrow().parameters();
        Map<String, Object> thin = project.item("fe2o3_FY_corrected_as_thin").orElseThrow().parameters();
        assertEquals(Boolean.TRUE, thick.get("selfAbsorptionCorrectionNeeded"));
        assertEquals("thick", thick.get("selfAbsorptionCorrectionDict.corrFormula"));
        assertEquals("thin (general)", thin.get("selfAbsorptionCorrectionDict.corrFormula"));
        assertEquals("Fe2O3", thin.get("selfAbsorptionCorrectionDict.corrChemFormula"));
        assertEquals(2.1, thin.get("selfAbsorptionCorrectionDict.corrThickness"));
        assertEquals(7144.0, thin.get("selfAbsorptionCorrectionDict.corrCalibEnergy"));
        assertEquals(Boolean.FALSE, thick.get("rebinNeeded"));
        // "nbinOriginal = None" is an output of the original: kept as None, not a parameter
        assertTrue(project.item("fe2o3_FY").orElseThrow().otherValues().containsKey("nbinOriginal"));
        for (String[] pair : List.of(new String[] {"fe2o3_FY", "fe2o3_15_35"}, new String[] {"fe2o3_Tr", "fe2o3_tr2"})) {
            Map<String, double[]> loaded = LoadedArrays.load(xas, item(project, pair[0]));
            double[][] raw = OriginalProjects.referenceColumns("defaults/fe2o3_mu/" + pair[1] + "/0_raw.txt.gz");
            LoadedArrays.assertClose(raw[0], loaded.get("e"), 0, pair[0] + " e");
            LoadedArrays.assertClose(raw[1], loaded.get("mu"), 0, pair[0] + " mu");
        }
    }

    @Test
    void herfdProjectKeepsItsHerfdItemsOutOfTheTreeWithTheReason() throws Exception {
        PspjProject project = reader.read(OriginalProjects.xas(folder, "HERFDvsTr"));
        assertEquals(List.of(), project.messages());
        assertEquals(4, project.items().size());
        assertEquals(List.of("rep1-Tr", "rep2-Tr"), DataTree.items(project.root()).stream()
                .map(DataItem::getAlias).toList());
        for (String alias : List.of("rep1-HERFD", "rep2-HERFD")) {
            PspjItem herfd = project.item(alias).orElseThrow();
            assertFalse(herfd.inTree());
            assertTrue(herfd.unavailable().contains("node '2D XES'"), herfd.unavailable());
            // the HERFD band of the original is kept for when a HERFD node exists
            assertEquals(407.2143133401912, herfd.otherValues().get("roiHERFD.vmin"));
            assertEquals(428.65973165052895, herfd.otherValues().get("roiHERFD.vmax"));
            assertEquals("/entry242" + (alias.startsWith("rep1") ? "12" : "13"), herfd.containerPath());
        }
        String format = "{\"node\":\"currents_tr\",\"columns\":{\"eraw\":\"measurement/mono1_energy_acs\","
                + "\"i0\":\"d[\\\"measurement/albaem-01_ch1\\\"]+d[\\\"measurement/albaem-01_ch2\\\"]\","
                + "\"itr\":\"d[\\\"measurement/albaem-02_ch3\\\"]+d[\\\"measurement/albaem-02_ch4\\\"]\"},"
                + "\"conversionFactors\":{\"i0\":\"µA\",\"itr\":\"µA\"}}";
        for (String alias : List.of("rep1-Tr", "rep2-Tr")) {
            DataItem tr = item(project, alias);
            assertEquals(format, tr.getSource().getFormat());
            assertEquals(folder.resolve("data/HERFD/20230318.h5").toString(), tr.getSource().getLocation());
            assertEquals(alias.startsWith("rep1") ? "/entry24212" : "/entry24213", tr.getSource().getContainerPath());
            Map<String, double[]> loaded = LoadedArrays.load(xas, tr);
            assertEquals(loaded.get("eraw").length, loaded.get("i0").length);
            assertEquals(loaded.get("eraw").length, loaded.get("itr").length);
            assertTrue(loaded.get("eraw").length > 100, alias + " read " + loaded.get("eraw").length + " points");
        }
    }

    /** Counted on the file's text directly: two header lines, energy in the first column. */
    private static long distinctEnergiesBelow(Path file, double limit) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(file).stream().skip(2).filter(line -> !line.isBlank())
                .mapToDouble(line -> Double.parseDouble(line.strip().split("\\s+")[0])).filter(e -> e < limit)
                .distinct().count();
    }

    private static void assertFlatTree(PspjProject project, List<String> aliases) {
        assertEquals(aliases, project.items().stream().map(PspjItem::alias).toList());
        assertEquals(aliases, project.root().getChildren().stream().map(TreeElement::getAlias).toList());
        assertTrue(project.root().getChildren().stream().allMatch(DataItem.class::isInstance), "no groups");
        assertTrue(project.items().stream().allMatch(PspjItem::inTree));
    }

    private static void assertColours(PspjProject project, List<String> colours) {
        List<DataItem> items = DataTree.items(project.root());
        for (int i = 0; i < colours.size(); i++) {
            assertEquals(colours.get(i), ItemColours.colourOf(items.get(i)), items.get(i).getAlias());
            assertNull(items.get(i).getColour(), "the cycle gives the saved colour; no own colour needed");
        }
    }

    private static DataItem item(PspjProject project, String alias) {
        return project.item(alias).orElseThrow().item();
    }
}
