package org.parseq.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parseq.model.data.DataFactory;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataPackage.Literals;
import org.parseq.model.data.FitSettings;

/**
 * Every edit of an item's fits as an EMF command, so that each can be undone: settings are
 * replaced as a whole (a new value, never changed in place), which makes one undo step of
 * every edit and lets the engine see exactly which fits changed.
 */
public final class FitCommands {

    private FitCommands() {
    }

    /** The item's fit of that kind, if it has one. */
    public static Optional<FitSettings> fit(DataItem item, String kind) {
        return item.getFits().stream().filter(f -> kind.equals(f.getKind())).findFirst();
    }

    /** A fit not yet in any item; its settings are copied and frozen. */
    public static FitSettings newFit(String kind, String node, Map<String, Object> settings) {
        FitSettings fit = DataFactory.eINSTANCE.createFitSettings();
        fit.setKind(kind);
        fit.setNode(node);
        fit.setSettings(frozen(settings));
        return fit;
    }

    /**
     * Sets the settings of the items' fit of that kind, adding the fit where an item has none;
     * items whose fit already has these settings on that node are left alone.
     */
    public static Command setFit(EditingDomain domain, Collection<DataItem> items, String kind, String node,
            Map<String, Object> settings) {
        Object value = frozen(settings);
        CompoundCommand command = new CompoundCommand("Set " + kind + " fit of " + names(items));
        for (DataItem item : items) {
            Optional<FitSettings> current = fit(item, kind);
            if (current.isEmpty()) {
                command.append(AddCommand.create(domain, item, Literals.DATA_ITEM__FITS,
                        newFit(kind, node, settings)));
                continue;
            }
            if (!Objects.equals(current.get().getSettings(), value)) {
                command.append(SetCommand.create(domain, current.get(), Literals.FIT_SETTINGS__SETTINGS, value));
            }
            if (!Objects.equals(current.get().getNode(), node)) {
                command.append(SetCommand.create(domain, current.get(), Literals.FIT_SETTINGS__NODE, node));
            }
        }
        return command;
    }

    /** Sets one setting (e.g. {@code xRange}) of the items' fit of that kind, keeping the others. */
    public static Command setFitSetting(EditingDomain domain, Collection<DataItem> items, String kind, String name,
            Object value) {
        CompoundCommand command = new CompoundCommand("Set " + kind + " " + name + " of " + names(items));
        for (DataItem item : items) {
            fit(item, kind).ifPresent(f -> {
                Map<String, Object> settings = new LinkedHashMap<>(settings(f));
                settings.put(name, value);
                Object frozen = frozen(settings);
                if (!Objects.equals(f.getSettings(), frozen)) {
                    command.append(SetCommand.create(domain, f, Literals.FIT_SETTINGS__SETTINGS, frozen));
                }
            });
        }
        return command;
    }

    /**
     * Changes each item's fit of that kind by {@code edit} (e.g. another fitted range), keeping
     * what the edit leaves alone; one command, without the items the edit does not change.
     *
     * @param what what is changed, for the command's label, e.g. {@code range}
     */
    public static Command editFit(EditingDomain domain, Collection<DataItem> items, String kind, String what,
            java.util.function.UnaryOperator<Map<String, Object>> edit) {
        CompoundCommand command = new CompoundCommand("Set " + kind + " " + what + " of " + names(items));
        for (DataItem item : items) {
            fit(item, kind).ifPresent(f -> {
                Object edited = frozen(edit.apply(new LinkedHashMap<>(settings(f))));
                if (!Objects.equals(f.getSettings(), edited)) {
                    command.append(SetCommand.create(domain, f, Literals.FIT_SETTINGS__SETTINGS, edited));
                }
            });
        }
        return command;
    }

    /** Removes the items' fit of that kind. */
    public static Command removeFit(EditingDomain domain, Collection<DataItem> items, String kind) {
        CompoundCommand command = new CompoundCommand("Remove " + kind + " fit of " + names(items));
        for (DataItem item : items) {
            fit(item, kind).ifPresent(f -> command.append(
                    RemoveCommand.create(domain, item, Literals.DATA_ITEM__FITS, f)));
        }
        return command;
    }

    /** A fit's settings as a map (empty where none are set). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> settings(FitSettings fit) {
        return fit.getSettings() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /**
     * A deep copy that nobody can change: maps keep their order, lists may hold nulls, whole
     * numbers are Integers where they fit.
     */
    @SuppressWarnings("unchecked")
    public static <T> T frozen(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), frozen(v)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(frozen(v)));
            return (T) Collections.unmodifiableList(copy);
        }
        if (value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger) {
            // whole numbers compare equal however they were read (Python literal, JSON, Java)
            long whole = ((Number) value).longValue();
            Object number = whole == (int) whole ? (Object) Integer.valueOf((int) whole) : (Object) Long.valueOf(whole);
            return (T) number;
        }
        return value;
    }

    private static String names(Collection<DataItem> items) {
        return items.size() == 1 ? items.iterator().next().getAlias() : items.size() + " items";
    }
}
