package org.parseq.xas.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterType;
import org.parseq.core.pipeline.PipelineDefinition;

/**
 * Every real data set of the shared folder that the XAS pipeline can take, with the format it
 * is read with and the parameters it runs with: the 21 foils, the .fio and .mu files and CeRu2
 * with the default parameters, and every item of the original's saved projects ({@code .pspj})
 * with the parameters stored there, applied by name.
 */
final class RealDatasets {

    /** One item: its file read as the original's data format says, its entry node, parameters by name. */
    record Dataset(String name, ColumnSource source, String entryNode, Map<String, Object> parameters,
            double nextEdge) {
        Dataset(String name, ColumnSource source, String entryNode, Map<String, Object> parameters) {
            this(name, source, entryNode, parameters, RealDatasets.nextEdge(name));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An item of a project that this pipeline cannot take, and why. */
    record Skipped(String name, String reason) {
    }

    private static final String TR = "currents_tr";
    private static final String MU = "mu";

    static ColumnSource foil(Path f, boolean cutBelowCeL2) {
        Map<String, String> conv = new LinkedHashMap<>();
        if (cutBelowCeL2) {
            conv.put("eraw", "lim(None, 6145)");
        }
        conv.put("i0", "µA");
        conv.put("itr", "µA");
        return new ColumnSource(f, cols("eraw", "Col1", "i0", "Col3+Col4", "itr", "Col5+Col6"), 0, null, conv);
    }

    /** Tabulated Ce L2 edge (eV): the Ce L3 scans of the foils run past it. */
    static final double CE_L2_EDGE = 6164.2;

    private static Map<String, String> cols(String... nameSource) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameSource.length; i += 2) {
            m.put(nameSource[i], nameSource[i + 1]);
        }
        return m;
    }

    private RealDatasets() {
    }

    static Path dataDir() {
        return SharedData.sharedDir().resolve("data/parseq-xas");
    }

    /** Default-parameter items: foils, .fio, .mu, CeRu2. */
    static List<Dataset> withDefaults() {
        Path data = dataDir();
        List<Dataset> sets = new ArrayList<>();
        for (Path foil : list(data.resolve("foils"), ".dat")) {
            sets.add(new Dataset("foils/" + base(foil), foil(foil, false), TR, Map.of()));
            if (base(foil).startsWith("Ce-")) {
                // The Ce L3 scans run past the Ce L2 edge; the original's own Ce L3 example
                // (CeRu2 project) cuts the energy below it, so check them that way as well.
                sets.add(new Dataset("foils-cut/" + base(foil), foil(foil, true), TR, Map.of(), Double.NaN));
            }
        }
        for (Path fio : list(data, ".fio")) {
            // reference README: metal scans eraw=3, i0=Col5, itr=6; oxides eraw=0, i0=5, itr=6
            Map<String, String> c = base(fio).startsWith("Cu_") ? cols("eraw", "3", "i0", "Col5", "itr", "6")
                    : cols("eraw", "0", "i0", "5", "itr", "6");
            sets.add(new Dataset("fio/" + base(fio), new ColumnSource(fio, c, 0, "Col ", Map.of()), TR, Map.of()));
        }
        for (Path mu : list(data, ".mu")) {
            sets.add(new Dataset("mu/" + base(mu), new ColumnSource(mu, cols("e", "0", "mu", "1"), 1, null, Map.of()),
                    MU, Map.of()));
        }
        for (Path dat : list(data.resolve("CeRu2"), ".DAT")) {
            // CE0074 as the data README and the original's project read it: cut below the Ce L2 edge
            Map<String, String> conv = base(dat).equals("CE0074") ? Map.of("eraw", "lim(None, 6145)") : Map.of();
            sets.add(new Dataset("CeRu2/" + base(dat),
                    new ColumnSource(dat, cols("eraw", "0", "i0", "1", "itr", "2"), 2, null, conv), TR, Map.of()));
        }
        return sets;
    }

    /** Items of every saved project, with their stored parameters; {@code skipped} receives those left out. */
    static List<Dataset> fromProjects(PipelineDefinition pipeline, List<Skipped> skipped) {
        List<Dataset> sets = new ArrayList<>();
        for (Path project : list(dataDir().resolve("saved"), ".pspj")) {
            String name = base(project);
            for (Map.Entry<String, Map<String, String>> section : sections(project).entrySet()) {
                Map<String, String> keys = section.getValue();
                String madeOf = keys.get("madeOf_relative");
                if (madeOf == null) {
                    continue; // application, root, docks, groups ...
                }
                String alias = name + "/" + section.getKey();
                String node = keys.get("originNodeName");
                if (pipeline.nodeByIdOrName(node).isEmpty()) {
                    skipped.add(new Skipped(alias, "node '" + node + "' is not part of this pipeline"));
                    continue;
                }
                if (madeOf.startsWith("silx:")) {
                    // HDF5 entries need the io bundle's reader, which this test fragment cannot see
                    skipped.add(new Skipped(alias, "HDF5 entry, not readable by this test's column reader"));
                    continue;
                }
                Path file = dataDir().resolve(madeOf.replaceFirst("^\\.\\./data/", ""));
                @SuppressWarnings("unchecked")
                Map<String, Object> dataFormat = (Map<String, Object>) PythonLiteral.parse(keys.get("dataFormat"));
                Map<String, Object> parameters = new LinkedHashMap<>();
                keys.forEach((key, text) -> {
                    Object value;
                    try {
                        value = PythonLiteral.parse(text);
                    } catch (IllegalArgumentException e) {
                        return; // not a literal: paths, names
                    }
                    byName(pipeline, key, value, parameters);
                });
                sets.add(new Dataset(alias, source(file, node, dataFormat), node.equals("µd") ? MU : TR, parameters));
            }
        }
        return sets;
    }

    /** The original's dataFormat dictionary as a column source. */
    private static ColumnSource source(Path file, String node, Map<String, Object> dataFormat) {
        List<String> arrays = node.equals("µd") ? List.of("e", "mu", "eref") : List.of("eraw", "i0", "itr", "eref");
        List<?> sources = (List<?>) dataFormat.get("dataSource");
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> conversions = new LinkedHashMap<>();
        List<?> factors = dataFormat.get("conversionFactors") instanceof List<?> l ? l : List.of();
        for (int i = 0; i < sources.size() && i < arrays.size(); i++) {
            Object s = sources.get(i);
            if (s == null || "".equals(s)) {
                continue; // optional array absent
            }
            columns.put(arrays.get(i), s.toString());
            Object f = i < factors.size() ? factors.get(i) : null;
            if (f instanceof String text && !text.isEmpty() && !text.equals("None")) {
                conversions.put(arrays.get(i), text);
            }
        }
        int skip = dataFormat.get("skiprows") instanceof Number n ? n.intValue() : 0;
        String last = dataFormat.get("lastSkipRowContains") instanceof String kw ? kw : null;
        return new ColumnSource(file, columns, skip, last, conversions);
    }

    /**
     * The original's parameter applied by name: dictionaries become {@code dict.key} names,
     * None in a number list NaN, a None list empty, "inf" infinity; names that are not
     * parameters here (outputs, HERFD, item attributes) are left out.
     */
    @SuppressWarnings("unchecked")
    static void byName(PipelineDefinition pipeline, String name, Object value, Map<String, Object> out) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> byName(pipeline, name + "." + k, v, out));
            return;
        }
        pipeline.parameter(name).ifPresent(d -> out.put(name, d.coerce(convert(value, d))));
    }

    private static Object convert(Object value, ParameterDescriptor descriptor) {
        if (descriptor.type() != ParameterType.REAL_LIST && descriptor.type() != ParameterType.REAL) {
            return value;
        }
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RealDatasets::real).toList();
        }
        return real(value);
    }

    private static double real(Object v) {
        if (v == null) {
            return Double.NaN;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        String s = v.toString().trim();
        return s.equalsIgnoreCase("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(s);
    }

    /** INI sections (in file order) of key = value lines; ';' lines are comments. */
    static Map<String, Map<String, String>> sections(Path ini) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        try {
            for (String line : Files.readAllLines(ini, StandardCharsets.UTF_8)) {
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = new LinkedHashMap<>();
                    sections.put(line.substring(1, line.length() - 1), current);
                } else if (current != null && !line.startsWith(";") && line.contains(" = ")) {
                    int eq = line.indexOf(" = ");
                    current.put(line.substring(0, eq).trim(), line.substring(eq + 3).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Energy of a further absorption edge inside the scan (NaN if none): χ(k) beyond it is the
     * next edge, not EXAFS, and is not checked for sanity. Only the Ce L3 foils reach one.
     */
    static double nextEdge(String name) {
        return name.startsWith("foils/Ce-") ? CE_L2_EDGE : Double.NaN;
    }

    private static String base(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
