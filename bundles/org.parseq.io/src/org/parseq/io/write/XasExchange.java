package org.parseq.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;

/**
 * The XAS exchange formats, XDI and Athena projects, hold µ(E) and χ(k): they are written from
 * the nodes whose arrays are named as those formats name them, a node with x {@code e} and curve
 * {@code mu} (µ(E)) and one with x {@code k} and curve {@code chi} (χ·k^kw, with the parameter
 * {@code kw}), in whichever pipeline has them. Items that did not reach them are left out.
 * Also says where a plotting script finds those arrays in the files ({@link PlotScript.Locator}).
 */
public final class XasExchange {

	public static final String MU_FILE = "mu.xdi";
	public static final String CHI_FILE = "chi.xdi";
	public static final String ATHENA_FILE = "results.prj";

	private final PipelineDefinition pipeline;
	private final Optional<NodeDefinition> muNode;
	private final Optional<NodeDefinition> chiNode;

	public XasExchange(PipelineDefinition pipeline, ExportSelection selection) {
		this.pipeline = pipeline;
		this.muNode = find(pipeline, selection, "e", "mu");
		this.chiNode = find(pipeline, selection, "k", "chi");
	}

	private static Optional<NodeDefinition> find(PipelineDefinition pipeline, ExportSelection selection, String x,
			String y) {
		return pipeline.topologicalNodes().stream()
				.filter(n -> n.abscissa().map(a -> a.name().equals(x)).orElse(false) && n.hasArray(y))
				.filter(n -> selection.writes(n) && selection.writes(n, n.array(y).orElseThrow()))
				.findFirst();
	}

	/** {@code <folder>/<alias>/mu.xdi} and {@code chi.xdi} for every item that reached the nodes. */
	public void writeXdi(Path folder, List<ExportItem> items, boolean overwrite) throws IOException {
		for (ExportItem item : items) {
			Path itemFolder = folder.resolve(item.alias());
			XasXdiExport export = new XasXdiExport(null, null, item.scalars().getOrDefault("e0", Double.NaN),
					Double.NaN, null, item.alias(), source(item));
			Map<String, Object> values = item.appliedParameters(pipeline);
			NodeResult mu = muNode.map(n -> item.good(n.id())).orElse(null);
			if (mu != null) {
				export.writeMu(itemFolder.resolve(MU_FILE), mu.arrays().get("e"), mu.arrays().get("mu"),
						XasXdiExport.MuMode.TRANSMISSION, values, overwrite);
			}
			NodeResult chi = chiNode.map(n -> item.good(n.id())).orElse(null);
			if (chi != null) {
				export.writeChi(itemFolder.resolve(CHI_FILE), chi.arrays().get("k"), chi.arrays().get("chi"), kw(item),
						values, overwrite);
			}
		}
	}

	/** {@code <folder>/results.prj}: every item's µ(E) with its E0 and ranges; nothing when no item has µ(E). */
	public void writeAthena(Path folder, List<ExportItem> items, boolean overwrite) throws IOException {
		List<AthenaJsonWriter.Group> groups = new ArrayList<>();
		for (ExportItem item : athenaItems(items)) {
			NodeResult mu = item.good(muNode.orElseThrow().id());
			groups.add(new AthenaJsonWriter.Group(item.alias(), mu.arrays().get("e"), mu.arrays().get("mu"),
					item.scalars().getOrDefault("e0", Double.NaN), item.appliedParameters(pipeline)));
		}
		if (!groups.isEmpty()) {
			AthenaJsonWriter.write(folder.resolve(ATHENA_FILE), groups, overwrite);
		}
	}

	/** Where the script of an XDI export finds µ(E) and χ(k); χ multiplied back by k^kw as our plot shows it. */
	public PlotScript.Locator xdiLocator() {
		return (row, item, node, array) -> {
			String folder = item.alias() + "/";
			if (isNode(muNode, node) && item.good(node.id()) != null) {
				return switch (array.name()) {
					case "e" -> PlotScript.columns(folder + MU_FILE, 0);
					case "mu" -> PlotScript.columns(folder + MU_FILE, 1);
					default -> null;
				};
			}
			NodeResult chi = item.good(node.id());
			if (isNode(chiNode, node) && chi != null) {
				Map<String, Object> k = PlotScript.columns(folder + CHI_FILE, 0);
				Map<String, Object> column = PlotScript.columns(folder + CHI_FILE, 1);
				int kw = kw(item);
				return switch (array.name()) {
					case "k" -> k;
					case "chi" -> XasXdiExport.chiDivisible(chi.arrays().get("k"), kw) && kw != 0
							? PlotScript.timesXPower(column, k, kw)
							: column;
					default -> null;
				};
			}
			return null;
		};
	}

	/** Where the script of an Athena export finds µ(E): group i's x and y, in the order of the items that have it. */
	public PlotScript.Locator athenaLocator(List<ExportItem> items) {
		List<ExportItem> inProject = athenaItems(items);
		return (row, item, node, array) -> {
			int group = inProject.indexOf(item);
			if (group < 0 || !isNode(muNode, node)) {
				return null;
			}
			String tag = AthenaJsonWriter.tag(group);
			return switch (array.name()) {
				case "e" -> PlotScript.json(ATHENA_FILE, List.of(tag, "x"));
				case "mu" -> PlotScript.json(ATHENA_FILE, List.of(tag, "y"));
				default -> null;
			};
		};
	}

	private List<ExportItem> athenaItems(List<ExportItem> items) {
		return muNode.isEmpty() ? List.of() : items.stream().filter(i -> i.good(muNode.get().id()) != null).toList();
	}

	private static boolean isNode(Optional<NodeDefinition> exchanged, NodeDefinition node) {
		return exchanged.map(n -> n.id().equals(node.id())).orElse(false);
	}

	private int kw(ExportItem item) {
		Object kw = item.appliedParameters(pipeline).get("kw");
		return kw instanceof Number number ? number.intValue() : 0;
	}

	private static String source(ExportItem item) {
		return item.file() == null ? null : item.file() + (item.entry() == null ? "" : "::" + item.entry());
	}
}
