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
        List<DataItem> picked = PickItemsDialog.pick(shell, "Apply parameters of " + source.getAlias(),
                "Apply " + String.join(", ", parameters.stream().map(ParameterDescriptor::label).toList())
                        + " of " + source.getAlias() + " to:", candidates);
        if (!picked.isEmpty()) {
            workbench.session().execute(DataCommands.applyParameters(workbench.session().domain(), source, picked,
                    parameters.stream().map(ParameterDescriptor::name).toList()));
        }
    }

    @Override
    public void resetToDefault(List<ParameterDescriptor> parameters) {
        workbench.session().execute(DataCommands.resetParameters(workbench.session().domain(),
                workbench.selection().items(), parameters.stream().map(ParameterDescriptor::name).toList()));
    }

    @Override
    public boolean hasSelection() {
        return !workbench.selection().items().isEmpty();
    }
}
