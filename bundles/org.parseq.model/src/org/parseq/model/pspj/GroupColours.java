package org.parseq.model.pspj;

import java.util.List;

import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataRoot;

/**
 * The colour policy of the root or a group (parseq-behaviour.md §4.2): {@code loop1} is our
 * cycle; {@code individual} one colour; {@code gradient} from {@code color1} to {@code color2}.
 * {@code loop2}, a second cycle we do not have, becomes our cycle; the items keep their saved
 * colours (see PspjReader).
 */
final class GroupColours {

    private GroupColours() {
    }

    static void apply(IniDocument.Section section, DataRoot root, List<PspjProblem> problems) {
        root.setColourPolicy(policy(section, problems));
    }

    static void apply(IniDocument.Section section, DataGroup group, List<PspjProblem> problems) {
        ColourPolicy policy = policy(section, problems);
        group.setColourPolicy(policy);
        if (policy == ColourPolicy.INDIVIDUAL) {
            group.setColour(colour(section, "color"));
        } else if (policy == ColourPolicy.GRADIENT) {
            group.setColour(colour(section, "color1"));
            group.setGradientEndColour(colour(section, "color2"));
        }
    }

    private static ColourPolicy policy(IniDocument.Section section, List<PspjProblem> problems) {
        String policy = section.value("colorPolicy").map(PythonLiteral::parseOrText).map(String::valueOf)
                .orElse("loop1");
        return switch (policy) {
            case "loop1", "loop2" -> ColourPolicy.CYCLE;
            case "individual" -> ColourPolicy.INDIVIDUAL;
            case "gradient" -> ColourPolicy.GRADIENT;
            default -> {
                problems.add(new PspjProblem(section.name(), "colorPolicy", "unknown colour policy '" + policy
                        + "' (expected loop1, loop2, individual or gradient); colours cycle"));
                yield ColourPolicy.CYCLE;
            }
        };
    }

    /** A #rrggbb colour of the section, or null (our default then applies). */
    private static String colour(IniDocument.Section section, String key) {
        return section.value(key).filter(c -> c.matches("#[0-9A-Fa-f]{6}")).map(String::toLowerCase).orElse(null);
    }
}
