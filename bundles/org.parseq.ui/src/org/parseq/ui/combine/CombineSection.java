package org.parseq.ui.combine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.engine.NodeResult;
import org.parseq.core.pipeline.ArrayDefinition;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.model.CombinationCheck;
import org.parseq.model.CombinationKind;
import org.parseq.model.CombineEdit;
import org.parseq.model.CombinePreview;
import org.parseq.model.CombineSettings;
import org.parseq.model.data.DataItem;
import org.parseq.ui.plot.PlotComposite;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The combine panel of a node view: kind, array, number of components, x range, interpolation,
 * stopping the parents here, moving them into a new group, the basis of a target
 * transformation; a live preview (PCA's scree and IND, MCR-ALS' C with error bands) computed in
 * a Job whenever the settings, the selection or the results change; and "Combine", one
 * undoable edit. Bad input is a message in the panel, never an exception.
 */
public final class CombineSection extends Composite {

    private static final List<CombinationKind> KINDS = List.of(CombinationKind.PCA_CLASSIC,
            CombinationKind.PCA_CUMULATIVE, CombinationKind.MCR_ALS, CombinationKind.TARGET_TRANSFORMATION,
            CombinationKind.AVERAGE, CombinationKind.SUM, CombinationKind.RMS);
    private static final String[] KIND_LABELS = {"PCA (classic)", "PCA (cumulative)", "MCR-ALS",
        "target transformation", "average", "sum", "RMS"};

    private final WorkbenchSession workbench;
    private final NodeDefinition node;
    private final List<String> curves;
    private final Combo kind;
    private final Combo array;
    private final Spinner components;
    private final Text xMin;
    private final Text xMax;
    private final Button interpolate;
    private final Button stopParents;
    private final Button groupParents;
    private final Button basisButton;
    private final Label basisLabel;
    private final Label message;
    private final Button combine;
    private final CombinePreviewChart preview;
    private final AtomicLong generation = new AtomicLong();
    private List<DataItem> basis = List.of();
    private Job previewJob;
    /** The input of the preview shown or being computed; results compare by identity, as they are replaced. */
    private Input previewed;
    private Runnable redrawPlot = () -> {
    };

    public CombineSection(Composite parent, WorkbenchSession workbench, NodeDefinition node) {
        super(parent, SWT.NONE);
        this.workbench = workbench;
        this.node = node;
        this.curves = node.arrays().stream().filter(a -> a.role().isCurve()).map(ArrayDefinition::name).toList();
        setLayout(new GridLayout(1, false));
        Composite settings = new Composite(this, SWT.NONE);
        settings.setLayout(new GridLayout(4, false));
        settings.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        kind = combo(settings, "kind", KIND_LABELS);
        array = combo(settings, "array", curves.toArray(String[]::new));
        new Label(settings, SWT.NONE).setText("components");
        components = new Spinner(settings, SWT.BORDER);
        components.setValues(3, 1, 99, 0, 1, 5);
        new Label(settings, SWT.NONE).setText("");
        new Label(settings, SWT.NONE).setText("");
        new Label(settings, SWT.NONE).setText("x from");
        xMin = text(settings);
        new Label(settings, SWT.NONE).setText("to");
        xMax = text(settings);
        xMin.setToolTipText("Lower end of the x range the decomposition looks at; empty: open");
        xMax.setToolTipText("Upper end of the x range the decomposition looks at; empty: open");
        interpolate = check(settings, "interpolate", "Put parents of different lengths on the first one's grid");
        stopParents = check(settings, "stop the parents here", "The parents' data go no further than this node");
        groupParents = check(settings, "move them into a new group", "The selected items move into a new group");
        new Label(settings, SWT.NONE).setText("");
        basisButton = new Button(settings, SWT.PUSH);
        basisButton.setText("Basis = selection");
        basisButton.setToolTipText("Target transformation: the items selected now become the basis; then select"
                + " the targets");
        basisLabel = new Label(settings, SWT.NONE);
        basisLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        basisButton.addListener(SWT.Selection, event -> {
            basis = List.copyOf(workbench.selection().items());
            basisLabel.setText("basis: " + String.join(", ", basis.stream().map(DataItem::getAlias).toList()));
            refresh();
        });

        message = new Label(this, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 300;
        message.setLayoutData(messageData);
        combine = new Button(this, SWT.PUSH);
        combine.setText("Combine");
        combine.addListener(SWT.Selection, event -> combine());
        preview = new CombinePreviewChart(this);
        GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true);
        previewData.heightHint = 260;
        preview.setLayoutData(previewData);

        kind.addListener(SWT.Selection, event -> refresh());
        array.addListener(SWT.Selection, event -> refresh());
        components.addListener(SWT.Selection, event -> refresh());
        xMin.addListener(SWT.Modify, event -> refresh());
        xMax.addListener(SWT.Modify, event -> refresh());
        interpolate.addListener(SWT.Selection, event -> refresh());
        addListener(SWT.Dispose, event -> cancelPreview());
        updateEnablement();
    }

    /** Shades the x range on the node's plot while the panel is shown. */
    public void shadeRangeOn(PlotComposite plot) {
        XRangeShading.attach(plot, () -> isVisible() && usesRange() ? range() : null, (min, max) -> {
            // the fields are the range: a drag writes them, and they start the preview as typing does
            xMin.setText(min == null ? "" : String.format(java.util.Locale.ROOT, "%.6g", min));
            xMax.setText(max == null ? "" : String.format(java.util.Locale.ROOT, "%.6g", max));
        });
        redrawPlot = () -> {
            if (!plot.isDisposed()) {
                plot.plotArea().redraw();
            }
        };
    }

    /** A toggle button "Combine…" that shows and hides the panel of the node view. */
    public static Button toggle(Composite bar, java.util.function.Supplier<CombineSection> section) {
        return org.parseq.ui.controls.SidePanels.toggle(bar, "Combine\u2026",
                "Combine the selected items: PCA, MCR-ALS, target transformation, average, sum, RMS",
                shown -> section.get().setShown(shown));
    }

    /** Shows the panel beside the node's plot (a third of the view) or hides it. */
    public void setShown(boolean shown) {
        org.parseq.ui.controls.SidePanels.show(this, shown);
        refresh();
        redrawPlot.run();
    }

    public Combo kind() {
        return kind;
    }

    public Spinner components() {
        return components;
    }

    public Button combineButton() {
        return combine;
    }

    public Label message() {
        return message;
    }

    public CombinePreviewChart preview() {
        return preview;
    }

    public Text xMinField() {
        return xMin;
    }

    public Text xMaxField() {
        return xMax;
    }

    public Button interpolateButton() {
        return interpolate;
    }

    /** Whether a preview is being computed. */
    public boolean isComputing() {
        Job job = previewJob;
        return job != null && job.getState() != Job.NONE;
    }

    /** Checks the settings against the selection and, while shown, recomputes the preview in a Job. */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        updateEnablement();
        redrawPlot.run();
        if (!isVisible()) {
            cancelPreview();
            return;
        }
        Input input;
        try {
            input = input();
        } catch (IllegalArgumentException e) {
            show(e.getMessage(), true);
            preview.clear("no preview: see the message above");
            return;
        }
        Optional<String> problem = CombinationCheck.problem(node, input.kind(), input.settings(),
                input.interpolate(), input.names(), input.results(), input.basisSize());
        if (problem.isPresent()) {
            cancelPreview();
            show(problem.get(), true);
            preview.clear("no preview: see the message above");
            return;
        }
        show("", false);
        if (!input.kind().isPca() && input.kind() != CombinationKind.MCR_ALS) {
            cancelPreview();
            preview.show(new CombinePreview.Nothing());
            return;
        }
        schedulePreview(input);
    }

    private void schedulePreview(Input input) {
        if (input.equals(previewed)) {
            return; // the same settings and the same results: what is shown, or being computed, stays right
        }
        cancelPreview();
        previewed = input;
        long current = generation.incrementAndGet();
        preview.clear("computing\u2026");
        Job job = new Job("Preview of " + KIND_LABELS[KINDS.indexOf(input.kind())] + " at " + node.name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                CombinePreview.Outcome outcome = CombinePreview.of(node, input.kind(), input.settings(),
                        input.interpolate(), input.names(), input.results());
                if (!monitor.isCanceled() && !isDisposed()) {
                    getDisplay().asyncExec(() -> {
                        if (!isDisposed() && generation.get() == current) {
                            if (outcome instanceof CombinePreview.Problem problem) {
                                show(problem.message(), true);
                            }
                            preview.show(outcome);
                        }
                    });
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.SHORT);
        previewJob = job;
        job.schedule();
    }

    private void cancelPreview() {
        previewed = null;
        generation.incrementAndGet();
        Job job = previewJob;
        if (job != null) {
            job.cancel();
        }
    }

    /** "Combine": one undoable edit, or a message saying why not. */
    private void combine() {
        Input input;
        try {
            input = input();
        } catch (IllegalArgumentException e) {
            show(e.getMessage(), true);
            return;
        }
        Optional<String> problem = CombinationCheck.problem(node, input.kind(), input.settings(),
                input.interpolate(), input.names(), input.results(), input.basisSize());
        if (problem.isPresent()) {
            show(problem.get(), true);
            return;
        }
        List<DataItem> items = input.kind() == CombinationKind.TARGET_TRANSFORMATION ? targets()
                : workbench.selection().items();
        try {
            Command edit = CombineEdit.of(workbench.session().domain(), workbench.session().root(), input.kind(),
                    node.id(), items, input.settings(), groupParents.getSelection(), stopParents.getSelection());
            if (!workbench.session().execute(edit)) {
                show("the combination cannot be made here", true);
                return;
            }
            show("combined " + items.size() + " items (" + input.kind().id() + ")", false);
        } catch (IllegalArgumentException e) {
            show(e.getMessage(), true);
        }
    }

    /** The settings and the parents' results as of now, taken in the UI thread. */
    private record Input(CombinationKind kind, CombineSettings settings, boolean interpolate, List<String> names,
            List<NodeResult> results, int basisSize) {
    }

    private Input input() {
        CombinationKind chosen = selectedKind();
        Double min = number(xMin, "x from");
        Double max = number(xMax, "x to");
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("x range: 'from' " + min + " is above 'to' " + max);
        }
        String arrayName = array.getSelectionIndex() < 0 ? null : curves.get(array.getSelectionIndex());
        int n = components.getSelection();
        CombineSettings settings = switch (chosen) {
            case AVERAGE, SUM, RMS -> CombineSettings.NONE;
            case PCA_CLASSIC, PCA_CUMULATIVE -> CombineSettings.pca(n, arrayName).withRange(min, max);
            case TARGET_TRANSFORMATION -> CombineSettings.tt(basis);
            case MCR_ALS -> {
                List<CombineSettings.Component> settingsOfComponents = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    settingsOfComponents.add(CombineSettings.Component.auto());
                }
                yield CombineSettings.mcr(arrayName, settingsOfComponents).withRange(min, max);
            }
        };
        List<DataItem> parents = new ArrayList<>();
        int basisSize = 0;
        if (chosen == CombinationKind.TARGET_TRANSFORMATION) {
            parents.addAll(basis);
            basisSize = basis.size();
            parents.addAll(targets());
        } else {
            parents.addAll(workbench.selection().items());
        }
        List<NodeResult> results = new ArrayList<>();
        for (DataItem parent : parents) {
            results.add(workbench.session().results().resultOrEmpty(parent.getId(), node.id()));
        }
        return new Input(chosen, settings, interpolate.getSelection(),
                parents.stream().map(DataItem::getAlias).toList(), results, basisSize);
    }

    private List<DataItem> targets() {
        return workbench.selection().items().stream().filter(item -> !basis.contains(item)).toList();
    }

    private CombinationKind selectedKind() {
        return KINDS.get(Math.max(0, kind.getSelectionIndex()));
    }

    private boolean usesRange() {
        CombinationKind chosen = selectedKind();
        return chosen.isPca() || chosen == CombinationKind.MCR_ALS;
    }

    /** The typed x range, null ends open; null if a field holds no number. */
    private double[] range() {
        try {
            Double min = number(xMin, "x from");
            Double max = number(xMax, "x to");
            if (min == null && max == null) {
                return null;
            }
            return new double[] {min == null ? Double.NEGATIVE_INFINITY : min,
                max == null ? Double.POSITIVE_INFINITY : max};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void updateEnablement() {
        CombinationKind chosen = selectedKind();
        boolean decomposes = chosen.isPca() || chosen == CombinationKind.MCR_ALS;
        array.setEnabled(decomposes);
        components.setEnabled(decomposes);
        xMin.setEnabled(decomposes);
        xMax.setEnabled(decomposes);
        basisButton.setEnabled(chosen == CombinationKind.TARGET_TRANSFORMATION);
    }

    private void show(String text, boolean problem) {
        message.setText(text);
        message.setForeground(getDisplay().getSystemColor(problem ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
        combine.setEnabled(!problem);
        layout(true, true);
    }

    private static Double number(Text field, String what) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a number");
        }
    }

    private static Combo combo(Composite parent, String label, String[] entries) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(entries);
        if (entries.length > 0) {
            combo.select(0);
        }
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    private static Text text(Composite parent) {
        Text text = new Text(parent, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 70;
        text.setLayoutData(data);
        return text;
    }

    private static Button check(Composite parent, String label, String tooltip) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(label);
        button.setToolTipText(tooltip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return button;
    }
}
