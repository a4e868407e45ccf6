package org.parseq.core.fit;

/**
 * A name used in an expression: a parameter (or the variable {@code x}) of the expression's
 * own item when {@code item} is null, or a parameter of another item in a joint fit, written
 * {@code item["alias"].name} (or the original's {@code fit['alias'].name}).
 */
public record Reference(String item, String name) {

    public static Reference local(String name) {
        return new Reference(null, name);
    }

    public boolean isLocal() {
        return item == null;
    }

    @Override
    public String toString() {
        return item == null ? name : "item[\"" + item + "\"]." + name;
    }
}
