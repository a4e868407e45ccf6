package org.parseq.ui.files;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.DataFormatException;
import org.parseq.io.source.FileSourceResolver;

/**
 * Defines a data format: the node where data enter, a source per array (a column expression
 * such as {@code Col3+Col4}, or an HDF5 dataset), conversion factors, and the header rules.
 * Errors show in place as the user types.
 */
public class FormatPanel extends Composite {

    /** The width below which an expression field is no longer usable. */
    static final int MIN_FIELD_WIDTH = 140;

    private PipelineDefinition pipeline;
    private FileSourceResolver checker;
    private final FormatDraft draft = new FormatDraft();
    private final Combo node;
    private final Composite arrays;
    private final Text comments;
    private final Spinner skipRows;
    private final Text lastSkipRowContains;
    private final Label problem;
    private final List<Consumer<FormatPanel>> listeners = new ArrayList<>();
    private boolean filling;

    public FormatPanel(Composite parent, PipelineDefinition pipeline) {
        super(parent, SWT.NONE);
        this.pipeline = pipeline;
        this.checker = new FileSourceResolver(pipeline);
        setLayout(new GridLayout(2, false));
        new Label(this, SWT.NONE).setText("Data enter at");
        node = new Combo(this, SWT.READ_ONLY);
        node.setItems(pipeline.topologicalNodes().stream().map(NodeDefinition::name).toArray(String[]::new));
        node.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        node.addListener(SWT.Selection, event -> selectNode(this.pipeline.topologicalNodes().get(node.getSelectionIndex())));

        arrays = new Composite(this, SWT.NONE);
        arrays.setLayout(new GridLayout(3, false));
        arrays.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        new Label(this, SWT.NONE).setText("Comment characters");
        comments = text(this, "#", value -> draft.setComments(value));
        new Label(this, SWT.NONE).setText("Skip rows");
        skipRows = new Spinner(this, SWT.BORDER);
        skipRows.setMaximum(100000);
        skipRows.addListener(SWT.Modify, event -> {
            draft.setSkipRows(skipRows.getSelection());
            changed();
        });
        new Label(this, SWT.NONE).setText("Header ends at last line with");
        lastSkipRowContains = text(this, "", value -> draft.setLastSkipRowContains(value));
        problem = new Label(this, SWT.WRAP);
        problem.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        problemData.widthHint = 260; // wraps instead of widening the scrolled panel
        problem.setLayoutData(problemData);
        node.select(0);
        selectNode(pipeline.topologicalNodes().get(0));
    }

    public PipelineDefinition pipeline() {
        return pipeline;
    }

    /** Offers the nodes of another pipeline, e.g. after a new session of it; the format starts anew at its first node. */
    public void setPipeline(PipelineDefinition newPipeline) {
        pipeline = newPipeline;
        checker = new FileSourceResolver(newPipeline);
        node.setItems(newPipeline.topologicalNodes().stream().map(NodeDefinition::name).toArray(String[]::new));
        node.select(0);
        selectNode(newPipeline.topologicalNodes().get(0));
        getParent().layout(true, true);
    }

    private Text text(Composite parent, String initial, Consumer<String> setter) {
        Text text = new Text(parent, SWT.BORDER);
        text.setText(initial);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.minimumWidth = MIN_FIELD_WIDTH;
        data.widthHint = MIN_FIELD_WIDTH;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, event -> {
            setter.accept(text.getText());
            changed();
        });
        return text;
    }

    private void selectNode(NodeDefinition entry) {
        draft.setNode(entry.id());
        for (Control child : arrays.getChildren()) {
            child.dispose();
        }
        for (ArrayDefinition array : entry.arrays()) {
            if (array.role() == ArrayRole.SCALAR_0D) {
                continue;
            }
            Label label = new Label(arrays, SWT.NONE);
            label.setText(array.label() + (array.optional() ? " (optional)" : ""));
            Text source = new Text(arrays, SWT.BORDER);
            source.setData("array", array.name());
            source.setMessage("e.g. Col1 or Col3+Col4");
            source.setText(draft.column(array.name()));
            // never narrower than an expression needs: the panel scrolls instead (see FileTreePart)
            GridData sourceData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            sourceData.minimumWidth = MIN_FIELD_WIDTH;
            sourceData.widthHint = MIN_FIELD_WIDTH;
            source.setLayoutData(sourceData);
            source.addListener(SWT.Modify, event -> {
                draft.setColumn(array.name(), source.getText());
                changed();
            });
            Text conversion = new Text(arrays, SWT.BORDER);
            conversion.setData("conversion", array.name());
            conversion.setMessage("factor or unit");
            conversion.setText(draft.conversion(array.name()));
            GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
            data.widthHint = 70;
            conversion.setLayoutData(data);
            conversion.addListener(SWT.Modify, event -> {
                draft.setConversion(array.name(), conversion.getText());
                changed();
            });
        }
        arrays.layout(true, true);
        layout(true, true);
        changed();
    }

    /** Fills the panel with a format, e.g. one saved beside example data. */
    public void show(FormatDraft format) {
        filling = true;
        try {
            NodeDefinition entry = pipeline.nodeByIdOrName(format.node()).orElse(pipeline.topologicalNodes().get(0));
            node.select(pipeline.topologicalNodes().indexOf(entry));
            selectNode(entry);
            for (Control child : arrays.getChildren()) {
                if (child instanceof Text text && text.getData("array") instanceof String array) {
                    text.setText(format.column(array));
                } else if (child instanceof Text text && text.getData("conversion") instanceof String array) {
                    text.setText(format.conversion(array));
                }
            }
            comments.setText(format.comments());
            skipRows.setSelection(format.skipRows());
            lastSkipRowContains.setText(format.lastSkipRowContains());
        } finally {
            filling = false;
        }
        changed();
    }

    private void changed() {
        if (filling || problem == null) {
            return;
        }
        String message = problem().orElse("");
        problem.setText(message);
        problem.getParent().layout(true, true);
        listeners.forEach(l -> l.accept(this));
    }

    /** What is wrong with the format as it stands, if anything. */
    public java.util.Optional<String> problem() {
        try {
            checker.entryFormat(draft.toJson(), "the data format");
            return java.util.Optional.empty();
        } catch (DataFormatException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    public void onChange(Consumer<FormatPanel> listener) {
        listeners.add(listener);
    }

    /** The source expression fields of the entry node's arrays, in order, for tests. */
    public List<Text> sourceFields() {
        List<Text> fields = new ArrayList<>();
        for (Control child : arrays.getChildren()) {
            if (child instanceof Text text && text.getData("array") != null) {
                fields.add(text);
            }
        }
        return fields;
    }

    /** The arrays the entry node reads from files, as name and label, in the panel's order. */
    public List<java.util.Map.Entry<String, String>> sourceArrays() {
        List<java.util.Map.Entry<String, String>> named = new ArrayList<>();
        NodeDefinition entry = pipeline.requireNode(draft.node());
        for (ArrayDefinition array : entry.arrays()) {
            if (array.role() != ArrayRole.SCALAR_0D) {
                named.add(java.util.Map.entry(array.name(), array.label()));
            }
        }
        return named;
    }

    /** Sets where an array is read from, as the user does in its field ("use as" in the browser). */
    public void setSource(String arrayName, String expression) {
        for (Text field : sourceFields()) {
            if (arrayName.equals(field.getData("array"))) {
                field.setText(expression);
                return;
            }
        }
        throw new IllegalArgumentException("the entry node has no array " + arrayName);
    }

    /** The field of the header rule "ends at last line with", for tests. */
    public Text headerField() {
        return lastSkipRowContains;
    }

    /** Chooses the node where data enter, as the user does in the combo. */
    public void selectEntryNode(String nodeId) {
        int index = pipeline.topologicalNodes().indexOf(pipeline.requireNode(nodeId));
        node.select(index);
        node.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** The comment characters of the format, e.g. "#". */
    public String commentCharacters() {
        return comments.getText();
    }

    /** The rows the header rule skips. */
    public int skippedRows() {
        return skipRows.getSelection();
    }

    public String formatJson() {
        return draft.toJson();
    }

    public String nodeId() {
        return draft.node();
    }

    public FileSourceResolver checker() {
        return checker;
    }
}
