package org.parseq.ui.session;

import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.model.DataCommands;
import org.parseq.model.data.DataItem;
import org.parseq.ui.controls.ParameterEditor;

/** Parameter edits on the selected items, each an undoable command. */
public final class SelectionParameterEditor implements ParameterEditor {

    private final WorkbenchSession workbench;
    private final Shell shell;

    public SelectionParameterEditor(WorkbenchSession workbench, Shell shell) {
        this.workbench = workbench;
        this.shell = shell;
    }

    @Override
    public Object currentValue(ParameterDescriptor parameter) {
        List<DataItem> selected = workbench.selection().items();
        if (selected.isEmpty()) {
            return parameter.defaultValue();
        }
        return DataCommands.parameter(selected.get(0), parameter.name()).map(p -> p.getValue())
                .orElse(parameter.defaultValue());
    }

    @Override
    public boolean isMixed(ParameterDescriptor parameter) {
        return valuesOfSelection(parameter).size() > 1;
    }

    @Override
    public String describeValues(ParameterDescriptor parameter) {
        return valuesOfSelection(parameter).entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Each value among the selected items, with the aliases of the items that have it, in selection order. */
    private java.util.Map<String, List<String>> valuesOfSelection(ParameterDescriptor parameter) {
        java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        for (DataItem item : workbench.selection().items()) {
            Object value = DataCommands.parameter(item, parameter.name()).map(p -> p.getValue())
                    .orElse(parameter.defaultValue());
            values.computeIfAbsent(comparable(value), v -> new java.util.ArrayList<>()).add(item.getAlias());
        }
        return values;
    }

    /** Numbers compare by value whatever their Java type (a project may store 20 as an integer or a real). */
    private static String comparable(Object value) {
        if (value instanceof Number number && !(value instanceof Double || value instanceof Float)) {
            return String.valueOf(number.longValue());
        }
        if (value instanceof Double real && real == Math.rint(real) && Math.abs(real) < 1e15) {
            return String.valueOf(real.longValue());
        }
        return String.valueOf(value);
    }

    @Override
    public void set(ParameterDescriptor parameter, Object value) {
        workbench.session().execute(DataCommands.setParameter(workbench.session().domain(),
                workbench.selection().items(), parameter.name(), value));
    }

    @Override
    public void applyToPicked(List<ParameterDescriptor> parameters) {
        List<DataItem> selected = workbench.selection().items();
        if (selected.isEmpty()) {
            return;
        }
        DataItem source = selected.get(0);
        List<DataItem> candidates = workbench.session().items().stream().filter(i -> i != source).toList();
        String what = parameters.size() <= 3
                ? String.join(", ", parameters.stream().map(ParameterDescriptor::label).toList())
                : parameters.size() + " parameters";
        List<DataItem> picked = PickItemsDialog.pick(shell, "Apply parameters of " + source.getAlias(),
                "Apply " + what + " of " + source.getAlias() + " to:", candidates);
        if (!picked.isEmpty()) {
            // the Edit menu names the edit briefly, however many parameters it sets
            String to = picked.size() == 1 ? picked.get(0).getAlias() : picked.size() + " items";
            org.eclipse.emf.common.command.CompoundCommand apply = new org.eclipse.emf.common.command.CompoundCommand(
                    "Apply " + what + " from " + source.getAlias() + " to " + to);
            apply.append(DataCommands.applyParameters(workbench.session().domain(), source, picked,
                    parameters.stream().map(ParameterDescriptor::name).toList()));
            workbench.session().execute(apply);
        }
    }

    @Override
    public void resetToDefault(List<ParameterDescriptor> parameters) {
        workbench.session().execute(DataCommands.resetParameters(workbench.session().domain(),
                workbench.selection().items(), parameters.stream().map(ParameterDescriptor::name).toList()));
    }

    @Override
    public void setAll(java.util.Map<ParameterDescriptor, Object> values, String editName) {
        org.eclipse.emf.common.command.CompoundCommand edit = new org.eclipse.emf.common.command.CompoundCommand(
                editName);
        values.forEach((parameter, value) -> {
            org.eclipse.emf.common.command.Command change = DataCommands.setParameter(workbench.session().domain(),
                    workbench.selection().items(), parameter.name(), value);
            if (change.canExecute()) { // an unchanged parameter gives an empty command
                edit.append(change);
            }
        });
        if (!edit.isEmpty()) {
            workbench.session().execute(edit);
        }
    }

    @Override
    public List<ItemGroup> groups() {
        return org.parseq.model.DataTree.elements(workbench.session().root()).stream()
                .filter(org.parseq.model.data.DataGroup.class::isInstance)
                .map(org.parseq.model.data.DataGroup.class::cast)
                .map(group -> new ItemGroup(group.getAlias(), group.getChildren().stream()
                        .filter(DataItem.class::isInstance).map(e -> e.getAlias()).toList()))
                .toList();
    }

    @Override
    public List<FoundValues> found(String nodeId) {
        return workbench.selection().items().stream().map(item -> {
            org.parseq.core.engine.NodeResult result = workbench.session().results().resultOrEmpty(item.getId(),
                    nodeId);
            return result.isGood() ? new FoundValues(item.getAlias(), java.util.Map.copyOf(result.scalars()), "")
                    : new FoundValues(item.getAlias(), java.util.Map.of(),
                            result.message().isEmpty() ? "no result yet" : result.message());
        }).toList();
    }

    @Override
    public boolean hasSelection() {
        return !workbench.selection().items().isEmpty();
    }
}
