package org.parseq.io.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parseq.io.athena.AthenaParameterMapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an Athena project in the JSON flavour (Demeter 0.9.26 and later, Larix): per item a
 * group with its energy ({@code x}), µ ({@code y}) and {@code args} holding the label, E0 and the
 * pre-edge and normalisation ranges converted from ours ({@link AthenaParameterMapping#athenaArgs}).
 * Written atomically; our {@code .prj} reader reads it back.
 */
public final class AthenaJsonWriter {

	/**
	 * Athena takes the flavour's rules from the version on this line; the JSON flavour is that of
	 * Demeter 0.9.26, whose line is copied, with ParSeq named on the third header line.
	 */
	static final String HEADER = "# Athena project file -- Demeter version 0.9.26";

	/**
	 * One group to write.
	 *
	 * @param label      the item's name, shown by Athena
	 * @param energy     eV
	 * @param mu         µ(E), one value per energy
	 * @param e0         our E0 (eV), NaN when not found
	 * @param parameters ours by the original's names (preedgeWhere, postedgeWhere, kw)
	 */
	public record Group(String label, double[] energy, double[] mu, double e0, Map<String, ?> parameters) {
		public Group {
			if (energy.length != mu.length) {
				throw new IllegalArgumentException(label + ": " + energy.length + " energies but " + mu.length
						+ " values of µ");
			}
		}
	}

	private AthenaJsonWriter() {
	}

	public static void write(Path target, List<Group> groups, boolean overwrite) throws IOException {
		ObjectMapper mapper = new ObjectMapper();
		ObjectNode root = mapper.createObjectNode();
		root.put("_____header1", HEADER);
		root.put("_____header2", "# This file created at "
				+ LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
		root.put("_____header3", "# Using ParSeq " + XdiWriter.APPLICATION.substring("ParSeq/".length()));
		List<String> tags = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			Group group = groups.get(i);
			String tag = tag(i);
			tags.add(tag);
			ObjectNode node = root.putObject(tag);
			ObjectNode args = node.putObject("args");
			args.put("label", group.label());
			args.put("datagroup", tag);
			args.put("tag", tag);
			AthenaParameterMapping.athenaArgs(group.energy(), group.e0(), group.parameters())
					.forEach((key, value) -> args.set(key, mapper.valueToTree(value)));
			ArrayNode x = node.putArray("x");
			ArrayNode y = node.putArray("y");
			for (int p = 0; p < group.energy().length; p++) {
				x.add(group.energy()[p]);
				y.add(group.mu()[p]);
			}
		}
		root.putArray("_____journal");
		ArrayNode order = root.putArray("_____order");
		tags.forEach(order::add);
		String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
		AtomicFiles.writeText(target, overwrite, out -> out.write(text));
	}

	/** Athena's group tags are short lower-case words (Ifeffit group names): "paaaa", "paaab", ... */
	public static String tag(int index) {
		StringBuilder tag = new StringBuilder();
		int rest = index;
		for (int i = 0; i < 4; i++) {
			tag.insert(0, (char) ('a' + rest % 26));
			rest /= 26;
		}
		return "p" + (rest == 0 ? "" : Integer.toString(rest)) + tag;
	}
}
