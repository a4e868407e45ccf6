package org.parseq.ui.correct;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.correct.Corrections;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.ArrayRole;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.model.CorrectionCommands;
import org.parseq.model.data.CorrectionSettings;
import org.parseq.model.data.DataItem;
import org.parseq.ui.combine.XRangeShading;
import org.parseq.ui.controls.SidePanels;
import org.parseq.ui.plot.PlotComposite;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The corrections panel of a 1D node view (parseq-behaviour.md §11): the first selected item's
 * corrections at the node in the order they apply, and a correction to add to the selected
 * items, its range typed or dragged on the plot. Adding, changing (with a row chosen, "Apply" or
 * a drag of the range), switching on or off, moving and removing are each one undoable
 * {@link CorrectionCommands} edit; the engine then recomputes the node and what follows.
 */
public final class CorrectionSection extends Composite {

    private final WorkbenchSession workbench;
    private final NodeDefinition node;
    private final Label title;
    private final Table table;
    private final Combo kind;
    private final Text from;
    private final Text to;
    private final Label valueLabel;
    private final Text value;
    private final Label message;
    private final Button markGlitches;
    private final Label glitches;
    private GlitchMarks.Suspects suspects = GlitchMarks.Suspects.NONE;
    private List<CorrectionSettings> shown = List.of();
    private Runnable redrawPlot = () -> {
    };

    public CorrectionSection(Composite parent, WorkbenchSession workbench, NodeDefinition node) {
        super(parent, SWT.NONE);
        this.workbench = workbench;
        this.node = node;
        setLayout(new GridLayout(1, false));
        title = new Label(this, SWT.WRAP);
        title.setLayoutData(wrapping());
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.CHECK);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 110;
        table.setLayoutData(tableData);
        for (String header : new String[] {"use", "kind", "where"}) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header);
            column.setWidth(header.equals("where") ? 160 : 60);
        }
        table.setToolTipText("The first selected item's corrections here, applied from top to bottom; "
                + "the check box switches one on or off");
        table.addListener(SWT.Selection, event -> {
            if (event.detail == SWT.CHECK) {
                toggleUse(table.indexOf((TableItem) event.item));
            } else {
                showChosen();
            }
        });
        Composite rowButtons = new Composite(this, SWT.NONE);
        rowButtons.setLayout(new GridLayout(3, true));
        rowButtons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        button(rowButtons, "Up", "Applies the chosen correction earlier", () -> move(-1));
        button(rowButtons, "Down", "Applies the chosen correction later", () -> move(1));
        button(rowButtons, "Remove", "Removes the chosen correction", this::remove);

        Composite fields = new Composite(this, SWT.NONE);
        fields.setLayout(new GridLayout(4, false));
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(fields, SWT.NONE).setText("kind");
        kind = new Combo(fields, SWT.READ_ONLY);
        CorrectionDraft.LABELS.forEach(kind::add);
        kind.select(0);
        kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(fields, SWT.NONE).setText("from");
        from = new Text(fields, SWT.BORDER);
        from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(fields, SWT.NONE).setText("to");
        to = new Text(fields, SWT.BORDER);
        to.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        from.setToolTipText("Lower end of the range (points on it are kept); for a step, its left end. "
                + "Drag the range's ends on the plot.");
        to.setToolTipText("Upper end of the range (points on it are kept); for a step, the x where the "
                + "shifted part begins");
        valueLabel = new Label(fields, SWT.NONE);
        value = new Text(fields, SWT.BORDER);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        value.setToolTipText("Empty: knots taken on the curve, the step back to the level at its left end, "
                + "cutoff 'auto' (0.7)");
        kind.addListener(SWT.Selection, event -> showValueLabel());
        from.addListener(SWT.Modify, event -> redrawPlot.run());
        to.addListener(SWT.Modify, event -> redrawPlot.run());
        value.addListener(SWT.Modify, event -> redrawPlot.run());
        Composite editButtons = new Composite(this, SWT.NONE);
        editButtons.setLayout(new GridLayout(2, true));
        editButtons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        button(editButtons, "Add to selected", "Adds this correction to the selected items at this node, as one edit",
                this::add);
        button(editButtons, "Apply", "Gives the chosen correction these settings", this::applyToChosen);
        Composite glitchRow = new Composite(this, SWT.NONE);
        glitchRow.setLayout(new GridLayout(2, true));
        glitchRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        markGlitches = new Button(glitchRow, SWT.CHECK);
        markGlitches.setText("Mark glitches");
        markGlitches.setToolTipText("Marks the first selected item's suspect points here (a point far from its "
                + "neighbourhood's median compared with the local noise, in any curve) with red lines");
        markGlitches.addListener(SWT.Selection, event -> refresh());
        button(glitchRow, "Delete marked", "Deletes the marked points of the first selected item, as one edit",
                this::deleteMarked);
        glitches = new Label(this, SWT.WRAP);
        glitches.setLayoutData(wrapping());
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(wrapping());
        showValueLabel();
    }

    /** Whether a node takes corrections: it has an x array and no images. */
    public static boolean offeredAt(NodeDefinition node) {
        return node.abscissa().isPresent() && node.arrays().stream()
                .noneMatch(a -> a.role() == ArrayRole.IMAGE_2D || a.role() == ArrayRole.STACK_3D);
    }

    /** A toggle button "Corrections…" that shows and hides the panel of the node view. */
    public static Button toggle(Composite bar, Supplier<CorrectionSection> section) {
        return SidePanels.toggle(bar, "Corrections\u2026", "Data corrections of the selected items at this node: "
                + "delete, scale or replace a region, delete spikes, remove a step",
                shown -> section.get().setShown(shown));
    }

    /** Shows the panel beside the node's plot or hides it. */
    public void setShown(boolean shown) {
        SidePanels.show(this, shown);
        refresh();
        redrawPlot.run();
    }

    /** Shades the range of the fields on the plot while the panel is shown; its ends can be dragged. */
    public void shadeRangeOn(PlotComposite plot) {
        XRangeShading.attach(plot, () -> isVisible() ? fieldRange() : null, (min, max) -> {
            from.setText(min == null ? "" : CorrectionDraft.text(min));
            to.setText(max == null ? "" : CorrectionDraft.text(max));
            if (table.getSelectionIndex() >= 0) {
                applyToChosen(); // a drag of a chosen correction's range is one edit of it
            }
        });
        plot.plotArea().addListener(SWT.Paint, event -> {
            if (isVisible() && markGlitches.getSelection()) {
                GlitchMarks.paint(event.gc, plot, suspects);
            }
        });
        KnotDragging.attach(plot, () -> isVisible() ? fieldKnots() : List.of(), (index, place) -> {
            List<double[]> knots = new java.util.ArrayList<>(fieldKnots());
            if (index >= knots.size()) {
                return;
            }
            knots.set(index, place);
            value.setText(String.join("; ", knots.stream().map(knot -> CorrectionDraft.text(knot[0]) + " "
                    + CorrectionDraft.text(knot[1])).toList()));
            if (table.getSelectionIndex() >= 0) {
                applyToChosen(); // a dragged knot of a chosen spline is one edit of it
            }
            redrawPlot.run();
        });
        redrawPlot = () -> {
            if (!plot.isDisposed()) {
                plot.plotArea().redraw();
            }
        };
    }

    /** The knots in the value field of a spline correction, or none. */
    private List<double[]> fieldKnots() {
        String chosenKind = draft().kind();
        if (!chosenKind.startsWith("spline") || value.getText().isBlank()) {
            return List.of();
        }
        try {
            Object knots = new CorrectionDraft(chosenKind, "0", "1", value.getText()).settings(null, null).get("knots");
            return ((List<?>) knots).stream().map(knot -> ((List<?>) knot).stream()
                    .mapToDouble(v -> ((Number) v).doubleValue()).toArray()).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Shows the first selected item's corrections at the node. */
    public void refresh() {
        if (isDisposed() || !isVisible()) {
            return;
        }
        Optional<DataItem> first = workbench.selection().items().stream().findFirst();
        int chosen = table.getSelectionIndex();
        table.removeAll();
        shown = first.map(item -> CorrectionCommands.at(item, node.id())).orElse(List.of());
        title.setText(first.map(item -> "Corrections of " + item.getAlias() + " at " + node.name()
                + (shown.isEmpty() ? ": none" : ", applied from top to bottom")).orElse("No item selected."));
        for (CorrectionSettings correction : shown) {
            Map<String, Object> settings = CorrectionCommands.settings(correction);
            TableItem row = new TableItem(table, SWT.NONE);
            row.setChecked(Corrections.isUsed(settings));
            row.setText(new String[] {"", CorrectionDraft.label(String.valueOf(settings.get("kind"))),
                CorrectionDraft.describe(settings)});
        }
        for (TableColumn column : table.getColumns()) {
            column.pack(); // the panel is narrow: each column as wide as its widest cell
        }
        if (chosen >= 0 && chosen < shown.size()) {
            table.select(chosen);
        }
        first.map(item -> workbench.session().results().resultOrEmpty(item.getId(), node.id()))
                .filter(result -> !result.isGood() && result.message().contains("correction"))
                .ifPresent(result -> message.setText(result.message()));
        suspects = markGlitches.getSelection() ? first.map(item -> GlitchMarks.of(node,
                workbench.session().results().resultOrEmpty(item.getId(), node.id())))
                .orElse(GlitchMarks.Suspects.NONE) : GlitchMarks.Suspects.NONE;
        glitches.setText(!markGlitches.getSelection() ? "" : suspects.indices().isEmpty() ? "No suspect points."
                : suspects.indices().size() + " suspect point" + (suspects.indices().size() == 1 ? "" : "s")
                        + " at " + String.join(", ", suspects.indices().stream()
                                .map(i -> CorrectionDraft.text(suspects.x()[i])).toList()));
        layout(true, true);
        redrawPlot.run();
    }

    private void showChosen() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        CorrectionDraft draft = CorrectionDraft.of(CorrectionCommands.settings(shown.get(index)));
        kind.select(Math.max(0, Corrections.KINDS.indexOf(draft.kind())));
        from.setText(draft.from());
        to.setText(draft.to());
        value.setText(draft.value());
        showValueLabel();
        redrawPlot.run();
    }

    private void add() {
        List<DataItem> items = workbench.selection().items();
        if (items.isEmpty()) {
            message.setText("Select the items to correct first.");
            return;
        }
        draftSettings().ifPresent(settings -> {
            if (execute(CorrectionCommands.add(workbench.session().domain(), items, node.id(), settings))) {
                // the new correction is the chosen one, shown with what its empty fields took
                refresh();
                table.select(table.getItemCount() - 1);
                showChosen();
            }
        });
    }

    private void deleteMarked() {
        Optional<DataItem> first = workbench.selection().items().stream().findFirst();
        if (first.isEmpty() || suspects.indices().isEmpty()) {
            message.setText("Mark glitches first: there are no marked points.");
            return;
        }
        execute(suspects.deletion(workbench.session().domain(), first.get(), node.id()));
    }

    private void applyToChosen() {
        Optional<CorrectionSettings> chosen = chosen();
        if (chosen.isEmpty()) {
            message.setText("Choose a correction in the table to change.");
            return;
        }
        draftSettings().ifPresent(settings -> {
            Object use = CorrectionCommands.settings(chosen.get()).get("use");
            if (use != null) {
                settings.put("use", use);
            }
            execute(CorrectionCommands.change(workbench.session().domain(), chosen.get(), settings));
        });
    }

    private void toggleUse(int index) {
        if (index < 0 || index >= shown.size()) {
            return;
        }
        CorrectionSettings correction = shown.get(index);
        Map<String, Object> settings = new java.util.LinkedHashMap<>(CorrectionCommands.settings(correction));
        settings.put("use", !Corrections.isUsed(settings));
        execute(CorrectionCommands.change(workbench.session().domain(), correction, settings));
    }

    private void move(int step) {
        int index = table.getSelectionIndex();
        chosen().ifPresent(correction -> {
            if (execute(CorrectionCommands.move(workbench.session().domain(), correction, index + step))) {
                table.select(index + step);
            }
        });
    }

    private void remove() {
        chosen().ifPresent(correction -> execute(CorrectionCommands.remove(workbench.session().domain(),
                List.of(correction))));
    }

    private boolean execute(Command command) {
        if (!command.canExecute()) {
            return false;
        }
        message.setText("");
        workbench.session().execute(command);
        return true;
    }

    /** The fields as a correction's dictionary, or empty with the reason shown. */
    private Optional<Map<String, Object>> draftSettings() {
        double[][] curve = firstCurve();
        try {
            return Optional.of(draft().settings(curve[0], curve[1]));
        } catch (IllegalArgumentException bad) {
            message.setText(bad.getMessage());
            return Optional.empty();
        }
    }

    /** x and the first curve of the first selected item at the node, or nulls. */
    private double[][] firstCurve() {
        Optional<DataItem> first = workbench.selection().items().stream().findFirst();
        if (first.isEmpty() || node.abscissa().isEmpty()) {
            return new double[2][];
        }
        NodeResult result = workbench.session().results().resultOrEmpty(first.get().getId(), node.id());
        double[] x = result.array(node.abscissa().get().name()).orElse(null);
        for (ArrayDefinition array : node.arrays()) {
            double[] y = array.role() == ArrayRole.Y ? result.array(array.name()).orElse(null) : null;
            if (x != null && y != null && y.length == x.length) {
                return new double[][] {x, y};
            }
        }
        return new double[2][];
    }

    private CorrectionDraft draft() {
        return new CorrectionDraft(Corrections.KINDS.get(Math.max(0, kind.getSelectionIndex())), from.getText(),
                to.getText(), value.getText());
    }

    private double[] fieldRange() {
        try {
            double lower = Double.parseDouble(from.getText().strip());
            double upper = Double.parseDouble(to.getText().strip());
            return lower < upper ? new double[] {lower, upper} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Optional<CorrectionSettings> chosen() {
        int index = table.getSelectionIndex();
        return index >= 0 && index < shown.size() ? Optional.of(shown.get(index)) : Optional.empty();
    }

    private void showValueLabel() {
        String label = CorrectionDraft.valueLabel(draft().kind());
        valueLabel.setText(label.isEmpty() ? "" : label);
        value.setEnabled(!label.isEmpty());
        layout(true, true);
    }

    private static void button(Composite parent, String text, String tip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, event -> action.run());
    }

    private static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 300;
        return data;
    }

    /** The corrections table: one row per correction of the first selected item at the node. */
    public Table table() {
        return table;
    }

    public Combo kind() {
        return kind;
    }

    public Text fromField() {
        return from;
    }

    public Text toField() {
        return to;
    }

    public Text valueField() {
        return value;
    }

    public Label message() {
        return message;
    }

    public Button markGlitchesButton() {
        return markGlitches;
    }

    /** What the glitch marks say: how many suspect points and where. */
    public Label glitches() {
        return glitches;
    }
}
