package org.parseq.model.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.ParameterValue;

/**
 * A fingerprint of a session's tree, parameters and results (SHA-256 over every item's alias,
 * parameters and the bits of every array and value it has at every node): two sessions with the
 * same fingerprint hold the same data bit for bit. Used by the workbench's startup check, so that
 * an installation (and a recovered session) can be compared with another without a display.
 */
public final class SessionDigest {

    private SessionDigest() {
    }

    public static String of(Session session) {
        MessageDigest digest = sha256();
        for (DataItem item : session.items()) {
            text(digest, "item " + item.getAlias() + " at " + item.getEntryNode());
            Map<String, String> parameters = new TreeMap<>();
            for (ParameterValue parameter : item.getParameters()) {
                parameters.put(parameter.getName(), String.valueOf(parameter.getValue()));
            }
            text(digest, parameters.toString());
            for (NodeDefinition node : session.pipeline().topologicalNodes()) {
                NodeResult result = session.results().resultOrEmpty(item.getId(), node.id());
                text(digest, node.id() + " " + result.status());
                new TreeMap<>(result.arrays()).forEach((name, values) -> numbers(digest, name, values));
                new TreeMap<>(result.scalars()).forEach((name, value) -> numbers(digest, name, new double[] {value}));
                new TreeMap<>(result.images()).forEach((name, image) -> numbers(digest, name, image.values()));
                new TreeMap<>(result.stacks()).forEach((name, stack) -> numbers(digest, name, stack.values()));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static void numbers(MessageDigest digest, String name, double[] values) {
        text(digest, name);
        ByteBuffer bits = ByteBuffer.allocate(Long.BYTES * values.length);
        for (double value : values) {
            bits.putLong(Double.doubleToRawLongBits(value));
        }
        digest.update(bits.array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
