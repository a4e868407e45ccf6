package org.parseq.ui.nodes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.model.DataTree;
import org.parseq.model.data.DataItem;
import org.parseq.ui.controls.CustomControlsRegistry;
import org.parseq.ui.controls.ParameterControls;
import org.parseq.ui.plot.NodePlotModel;
import org.parseq.ui.plot.PlotComposite;
import org.parseq.ui.plot.PlotPicture;
import org.parseq.ui.session.ParseqEvents;
import org.parseq.ui.session.SelectionParameterEditor;
import org.parseq.ui.session.WorkbenchSession;

/**
 * The view of one pipeline node: a plot of the selected items' arrays at this node and the
 * controls of the transforms that lead into it. The node is named by the part's persisted
 * state {@value #NODE_KEY}, so that node views are ordinary e4 parts that can be stacked,
 * docked and detached, and are kept across restarts.
 */
public class NodePart {

    /** The key of the part's persisted state that holds the node id. */
    public static final String NODE_KEY = "parseq.node";
    /** The key of the part's persisted state that holds the id of the node's pipeline. */
    public static final String PIPELINE_KEY = "parseq.pipeline";
    /** The part id prefix: a node part's element id is this, the pipeline id, a dot and the node id. */
    public static final String PART_ID_PREFIX = "org.parseq.ui.part.node.";

    /** The element id of the view of a pipeline's node. */
    public static String partId(String pipelineId, String nodeId) {
        return PART_ID_PREFIX + pipelineId + "." + nodeId;
    }

    private WorkbenchSession workbench;
    private NodeDefinition node;
    private PlotComposite plot;
    private org.parseq.ui.plot.ImageComposite imageView;
    private ParameterControls controls;
    private org.parseq.ui.combine.CombineSection combineSection;
    private org.parseq.ui.fit.FitSection fitSection;
    private org.parseq.ui.correct.CorrectionSection correctionSection;
    private final Consumer<List<DataItem>> selectionFollower = items -> refresh();
    /** Redraw what pipeline UI bundles added to this view (org.parseq.ui.nodeDecorations). */
    private final List<Runnable> decorationRefreshers = new ArrayList<>();
    /** The node's curve arrays that are drawn: a view choice, not an edit of the data. */
    private java.util.Set<String> shownArrays;

    private java.util.List<org.parseq.ui.overlays.OverlaySpec> overlaySpecs = java.util.List.of();
    /** The abscissa the curves are drawn against, null for the node's own: a view choice. */
    private org.parseq.ui.plot.AbscissaChoice abscissa;
    private org.eclipse.swt.widgets.Combo abscissaChooser;
    /** Curves scaled or stacked apart for display: a view choice. */
    private org.parseq.ui.plot.CurveDisplay display = org.parseq.ui.plot.CurveDisplay.AS_COMPUTED;

    @PostConstruct
    public void createControls(Composite parent, MPart part, WorkbenchSession session,
            @Optional org.parseq.ui.workbench.PipelineCatalog catalog) {
        this.workbench = session;
        PipelineDefinition pipeline = session.session().pipeline();
        String nodeId = part.getPersistedState().get(NODE_KEY);
        if (!pipeline.id().equals(part.getPersistedState().get(PIPELINE_KEY)) || pipeline.node(nodeId).isEmpty()) {
            // a view kept from a session of another pipeline; the session's own views replace it
            parent.setLayout(new GridLayout(1, false));
            new org.eclipse.swt.widgets.Label(parent, SWT.WRAP).setText("This view belongs to pipeline '"
                    + part.getPersistedState().get(PIPELINE_KEY) + "', not to the open session's.");
            return;
        }
        node = pipeline.requireNode(nodeId);
        if (catalog != null) {
            overlaySpecs = catalog.overlays().forNode(pipeline.id(), node.id());
        }
        shownArrays = NodePlotModel.defaultArrays(node);
        part.setLabel(node.name());
        parent.setLayout(new GridLayout(1, false));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite plotSide = new Composite(sash, SWT.NONE);
        plotSide.setLayout(new GridLayout(1, false));
        createToolbar(plotSide);
        boolean hasCurves = node.arrays().stream().anyMatch(a -> a.role().isCurve());
        boolean hasImages = node.arrays().stream().anyMatch(a -> a.role() == org.parseq.core.pipeline.ArrayRole.IMAGE_2D
                || a.role() == org.parseq.core.pipeline.ArrayRole.STACK_3D);
        plot = new PlotComposite(plotSide);
        GridData plotData = new GridData(SWT.FILL, SWT.FILL, true, true);
        plotData.exclude = !hasCurves && hasImages;
        plot.setLayoutData(plotData);
        plot.setVisible(!plotData.exclude);
        plot.onItemClicked(this::selectItem);
        if (node.arrays().stream().anyMatch(a -> a.role() == org.parseq.core.pipeline.ArrayRole.STACK_3D)) {
            createStackControls(plotSide);
        }
        if (hasImages) {
            imageView = new org.parseq.ui.plot.ImageComposite(plotSide);
            imageView.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }
        Composite readouts = new Composite(plotSide, SWT.NONE);
        readouts.setLayout(new GridLayout(1, false));
        readouts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        combineSection = new org.parseq.ui.combine.CombineSection(sash, session, node);
        combineSection.setVisible(false);
        combineSection.shadeRangeOn(plot);
        fitSection = new org.parseq.ui.fit.FitSection(sash, session, node);
        fitSection.setVisible(false);
        fitSection.shadeRangeOn(plot);
        correctionSection = new org.parseq.ui.correct.CorrectionSection(sash, session, node);
        correctionSection.setVisible(false);
        correctionSection.shadeRangeOn(plot);
        ScrolledComposite scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        List<TransformDefinition> transforms = new ArrayList<>(pipeline.incoming(node.id()));
        transforms.addAll(pipeline.selfTransforms(node.id()));
        List<String> problems = new ArrayList<>();
        Map<String, org.parseq.ui.controls.ParameterEditor.CustomControls> custom =
                CustomControlsRegistry.forPipeline(RegistryFactory.getRegistry(), pipeline.id(), problems);
        SelectionParameterEditor editor = new SelectionParameterEditor(session, parent.getShell());
        controls = new ParameterControls(scroller, transforms, editor, custom);
        decorate(pipeline, readouts, editor, problems);
        scroller.setContent(controls);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinSize(controls.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        sash.setWeights(transforms.stream().anyMatch(t -> !t.parameters().isEmpty()) ? new int[] {62, 0, 0, 0, 38}
                : new int[] {10, 0, 0, 0, 0});
        session.selection().addListener(selectionFollower);
        refresh();
    }

    /** Attaches what the pipeline's UI bundle adds to this node's view (ranges on the plot, read-outs). */
    private void decorate(PipelineDefinition pipeline, Composite readouts,
            org.parseq.ui.controls.ParameterEditor editor, List<String> problems) {
        org.parseq.ui.nodes.NodeDecoration.Site site = new org.parseq.ui.nodes.NodeDecoration.Site() {
            @Override
            public PipelineDefinition pipeline() {
                return pipeline;
            }

            @Override
            public NodeDefinition node() {
                return node;
            }

            @Override
            public PlotComposite plot() {
                return plot;
            }

            @Override
            public Composite readouts() {
                return readouts;
            }

            @Override
            public org.parseq.ui.controls.ParameterEditor editor() {
                return editor;
            }

            @Override
            public List<NodeDecoration.SelectedResult> selectedResults(String nodeId) {
                return workbench.selection().items().stream().map(item -> new NodeDecoration.SelectedResult(
                        item.getId(), item.getAlias(), org.parseq.model.ItemColours.colourOf(item),
                        workbench.session().results().resultOrEmpty(item.getId(), nodeId))).toList();
            }
        };
        for (NodeDecoration decoration : NodeDecorations.forNode(RegistryFactory.getRegistry(), pipeline.id(),
                node.id(), problems)) {
            decorationRefreshers.add(decoration.attach(site));
        }
        boolean empty = readouts.getChildren().length == 0;
        ((GridData) readouts.getLayoutData()).exclude = empty;
        readouts.setVisible(!empty);
    }

    /** Which image of a stack is shown: a view choice, not an edit of the data. */
    private org.parseq.ui.plot.NodeImageModel.StackChoice stackChoice = org.parseq.ui.plot.NodeImageModel.StackChoice.FIRST;
    private org.eclipse.swt.widgets.Scale stackSlider;

    /** A slider through the images of a stack and a check box for their sum. */
    private void createStackControls(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(3, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(row, SWT.NONE).setText("image");
        stackSlider = new org.eclipse.swt.widgets.Scale(row, SWT.HORIZONTAL);
        stackSlider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        stackSlider.setMinimum(0);
        stackSlider.setMaximum(1);
        org.eclipse.swt.widgets.Button summed = new org.eclipse.swt.widgets.Button(row, SWT.CHECK);
        summed.setText("sum of all");
        org.eclipse.swt.widgets.Listener choose = event -> {
            stackChoice = new org.parseq.ui.plot.NodeImageModel.StackChoice(stackSlider.getSelection(), summed.getSelection());
            stackSlider.setEnabled(!summed.getSelection());
            refresh();
        };
        stackSlider.addListener(SWT.Selection, choose);
        summed.addListener(SWT.Selection, choose);
    }

    /** The stack slider of a node with 3D arrays, else null. */
    public org.eclipse.swt.widgets.Scale stackSlider() {
        return stackSlider;
    }

    private void createToolbar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.center = true;
        rows.wrap = true;
        bar.setLayout(rows);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label title = new Label(bar, SWT.NONE);
        title.setText(node.name() + "   ");
        button(bar, "Reset zoom", () -> {
            plot.resetZoom();
            if (imageView != null) {
                imageView.resetZoom();
            }
        });
        if (node.arrays().stream().anyMatch(a -> a.role() == org.parseq.core.pipeline.ArrayRole.IMAGE_2D)) {
            org.eclipse.swt.widgets.Button log = new org.eclipse.swt.widgets.Button(bar, SWT.CHECK);
            log.setText("log colours");
            log.setToolTipText("Colour the image by the logarithm of its values");
            log.addListener(SWT.Selection, event -> {
                if (imageView != null) {
                    imageView.setLogScale(log.getSelection());
                }
            });
            org.eclipse.swt.widgets.Button profiles = new org.eclipse.swt.widgets.Button(bar, SWT.CHECK);
            profiles.setText("profiles");
            profiles.setToolTipText("Draw the row and the column under the cursor as profiles over the image");
            profiles.addListener(SWT.Selection, event -> {
                if (imageView != null) {
                    imageView.setProfiles(profiles.getSelection());
                }
            });
        }
        createAbscissaChooser(bar);
        if (node.arrays().stream().anyMatch(a -> a.role().isCurve())) {
            createDisplayMenu(bar);
        }
        button(bar, "Export PNG\u2026", () -> export("png"));
        button(bar, "Export SVG\u2026", () -> export("svg"));
        org.parseq.ui.combine.CombineSection.toggle(bar, () -> combineSection);
        if (!org.parseq.ui.fit.FitSection.offeredKinds(workbench, node).isEmpty()) {
            org.parseq.ui.fit.FitSection.toggle(bar, () -> fitSection);
        }
        if (org.parseq.ui.correct.CorrectionSection.offeredAt(node)) {
            org.parseq.ui.correct.CorrectionSection.toggle(bar, () -> correctionSection);
        }
        List<org.parseq.core.pipeline.ArrayDefinition> curves = node.arrays().stream()
                .filter(a -> a.role().isCurve()).toList();
        if (curves.size() > 1) {
            new Label(bar, SWT.NONE).setText("   show:");
            for (org.parseq.core.pipeline.ArrayDefinition array : curves) {
                Button check = new Button(bar, SWT.CHECK);
                check.setText(array.label());
                check.setData("array", array.name());
                check.setSelection(shownArrays.contains(array.name()));
                check.addListener(SWT.Selection, event -> {
                    if (check.getSelection()) {
                        shownArrays.add(array.name());
                    } else {
                        shownArrays.remove(array.name());
                    }
                    refresh();
                });
            }
        }
    }

    /** "x:" with the node's abscissa and those a pipeline UI bundle contributes for the node, if any. */
    private void createAbscissaChooser(Composite bar) {
        List<org.parseq.ui.plot.AbscissaChoice> choices = org.parseq.ui.plot.AbscissaContributions.forNode(
                RegistryFactory.getRegistry(), workbench.session().pipeline().id(), node.id(), new ArrayList<>());
        if (choices.isEmpty() || node.abscissa().isEmpty()) {
            return;
        }
        new Label(bar, SWT.NONE).setText("x:");
        abscissaChooser = new org.eclipse.swt.widgets.Combo(bar, SWT.READ_ONLY);
        org.parseq.core.pipeline.ArrayDefinition own = node.abscissa().get();
        abscissaChooser.add(own.unit().isEmpty() ? own.label() : own.label() + " (" + own.unit() + ")");
        choices.forEach(choice -> abscissaChooser.add(choice.label()));
        abscissaChooser.select(0);
        abscissaChooser.addListener(SWT.Selection, event -> {
            int index = abscissaChooser.getSelectionIndex();
            abscissa = index <= 0 ? null : choices.get(index - 1);
            plot.resetZoom();
            refresh();
        });
    }

    /** "Display" with its menu: each curve scaled to 0..1, items stacked apart by a fraction of the height. */
    private void createDisplayMenu(Composite bar) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText("Display \u25be");
        button.setToolTipText("Scale each curve from 0 to 1, or stack the items apart; the data stay as computed");
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(button);
        org.eclipse.swt.widgets.MenuItem normalised = new org.eclipse.swt.widgets.MenuItem(menu, SWT.CHECK);
        normalised.setText("Each curve from 0 to 1");
        normalised.addListener(SWT.Selection, event -> setDisplay(new org.parseq.ui.plot.CurveDisplay(
                normalised.getSelection(), display.offsetFraction(), display.arrayStyles())));
        new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
        for (double fraction : new double[] {0, 0.1, 0.25, 0.5, 1}) {
            org.eclipse.swt.widgets.MenuItem offset = new org.eclipse.swt.widgets.MenuItem(menu, SWT.RADIO);
            offset.setText(fraction == 0 ? "No offset" : "Offset items by " + Math.round(fraction * 100) + "% of the height");
            offset.setSelection(fraction == 0);
            offset.addListener(SWT.Selection, event -> {
                if (offset.getSelection()) {
                    setDisplay(new org.parseq.ui.plot.CurveDisplay(display.normalised(), fraction,
                            display.arrayStyles()));
                }
            });
        }
        List<org.parseq.core.pipeline.ArrayDefinition> curveArrays = node.arrays().stream()
                .filter(a -> a.role().isCurve()).toList();
        new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
        org.eclipse.swt.widgets.MenuItem styles = new org.eclipse.swt.widgets.MenuItem(menu, SWT.CASCADE);
        styles.setText("Line style");
        org.eclipse.swt.widgets.Menu arrays = new org.eclipse.swt.widgets.Menu(styles);
        styles.setMenu(arrays);
        for (int index = 0; index < curveArrays.size(); index++) {
            int array = index;
            org.eclipse.swt.widgets.MenuItem arrayItem = new org.eclipse.swt.widgets.MenuItem(arrays, SWT.CASCADE);
            arrayItem.setText(curveArrays.get(index).label());
            org.eclipse.swt.widgets.Menu looks = new org.eclipse.swt.widgets.Menu(arrayItem);
            arrayItem.setMenu(looks);
            looks.addListener(SWT.Show, event -> {
                for (org.eclipse.swt.widgets.MenuItem look : looks.getItems()) {
                    look.setSelection(look.getData() instanceof Integer style && style == display.styleOf(array));
                }
            });
            for (int style = 0; style < org.parseq.ui.plot.LineStyles.count(); style++) {
                int chosen = style;
                org.eclipse.swt.widgets.MenuItem look = new org.eclipse.swt.widgets.MenuItem(looks, SWT.RADIO);
                look.setText(org.parseq.ui.plot.LineStyles.name(style) + (style == array ? "  (its own)" : ""));
                look.setData(style);
                look.addListener(SWT.Selection, event -> {
                    if (look.getSelection()) {
                        setDisplay(display.withArrayStyle(array, chosen));
                    }
                });
            }
        }
        button.addListener(SWT.Selection, event -> {
            org.eclipse.swt.graphics.Rectangle bounds = button.getBounds();
            menu.setLocation(button.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
            menu.setVisible(true);
        });
    }

    /** Shows the curves scaled or stacked as given (the "Display" menu). */
    public void setDisplay(org.parseq.ui.plot.CurveDisplay newDisplay) {
        display = newDisplay;
        plot.resetZoom();
        refresh();
    }

    /** The chooser of the abscissa, or null when the node has no other. */
    public org.eclipse.swt.widgets.Combo abscissaChooser() {
        return abscissaChooser;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
    }

    /** Exports the plot at a size the user chooses, with the screen's axes, into the folder last used. */
    private void export(String extension) {
        boolean png = extension.equals("png");
        org.parseq.ui.plot.ExportSizeDialog size = new org.parseq.ui.plot.ExportSizeDialog(plot.getShell(), png);
        if (size.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        FileDialog dialog = new FileDialog(plot.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + extension});
        dialog.setFilterPath(workbench.startFolder().toString());
        dialog.setFileName(node.id() + "." + extension);
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path == null) {
            return;
        }
        Path file = Path.of(path);
        workbench.rememberFolder(file.toAbsolutePath().getParent());
        try {
            if (png) {
                PlotPicture.writePng(plot.model(), plot.axes(), size.width(), size.height(), size.scale(), file);
            } else {
                PlotPicture.writeSvg(plot.model(), plot.axes(), size.width(), size.height(), file);
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(plot.getShell(), "Export", "Cannot write " + path + ": " + e.getMessage());
        }
    }

    private void selectItem(String itemId) {
        DataTree.byId(workbench.session().root(), itemId).filter(DataItem.class::isInstance)
                .ifPresent(item -> workbench.selection().select(List.of((DataItem) item)));
    }

    /** Redraws the plot and the controls from the current selection and results. */
    public void refresh() {
        if (plot == null || plot.isDisposed()) {
            return;
        }
        plot.show(display.apply(NodePlotModel.of(node, workbench.selection().plotted(), workbench.session().results(),
                shownArrays, abscissa)));
        if (imageView != null) {
            org.parseq.ui.plot.NodeImageModel shown = org.parseq.ui.plot.NodeImageModel
                    .of(node, workbench.selection().items(), workbench.session().results(), stackChoice).orElse(null);
            imageView.show(shown);
            imageView.setOverlays(overlayShapes(), this::overlayMoved);
            if (stackSlider != null && shown != null && shown.stackDepth() > 0) {
                stackSlider.setMaximum(Math.max(1, shown.stackDepth() - 1));
            }
        }
        controls.refresh();
        decorationRefreshers.forEach(Runnable::run);
        combineSection.refresh();
        fitSection.refresh();
        correctionSection.refresh();
    }

    /** The overlays where the first selected item's parameters put them; none without a selection. */
    private java.util.List<org.parseq.ui.overlays.OverlayShape> overlayShapes() {
        java.util.List<DataItem> selected = workbench.selection().items();
        if (selected.isEmpty() || overlaySpecs.isEmpty()) {
            return java.util.List.of();
        }
        DataItem first = selected.get(0);
        PipelineDefinition pipeline = workbench.session().pipeline();
        java.util.List<org.parseq.ui.overlays.OverlayShape> shapes = new java.util.ArrayList<>();
        for (org.parseq.ui.overlays.OverlaySpec spec : overlaySpecs) {
            try {
                shapes.add(org.parseq.ui.overlays.OverlayShape.of(spec, name -> org.parseq.model.DataCommands
                        .parameter(first, name).map(value -> value.getValue())
                        .orElseGet(() -> pipeline.parameter(name).map(p -> p.defaultValue()).orElse(null))));
            } catch (IllegalArgumentException notDrawable) {
                // a parameter the item holds in another form: the overlay is not drawn, its controls still show it
            }
        }
        return shapes;
    }

    /** A dragged overlay sets its parameters on all selected items, as one edit. */
    private void overlayMoved(org.parseq.ui.overlays.OverlayShape shape) {
        PipelineDefinition pipeline = workbench.session().pipeline();
        org.eclipse.emf.common.command.CompoundCommand edit = new org.eclipse.emf.common.command.CompoundCommand(
                "Move " + (shape.spec().label().isEmpty() ? "overlay" : shape.spec().label()) + " on "
                        + workbench.selection().items().size() + " items");
        try {
            for (java.util.Map.Entry<String, Object> value : shape.parameterValues().entrySet()) {
                org.parseq.core.pipeline.ParameterDescriptor descriptor = pipeline.parameter(value.getKey())
                        .orElseThrow(() -> new IllegalArgumentException("no parameter " + value.getKey()));
                Object given = descriptor.type() == org.parseq.core.pipeline.ParameterType.INTEGER
                        && value.getValue() instanceof Number number ? (Object) Math.round(number.doubleValue())
                                : value.getValue();
                org.eclipse.emf.common.command.Command change = org.parseq.model.DataCommands.setParameter(
                        workbench.session().domain(), workbench.selection().items(), descriptor.name(),
                        descriptor.coerce(given));
                if (change.canExecute()) { // an unchanged parameter gives an empty command
                    edit.append(change);
                }
            }
        } catch (IllegalArgumentException outOfRange) {
            imageView.setOverlays(overlayShapes(), this::overlayMoved);
            org.eclipse.jface.dialogs.MessageDialog.openInformation(imageView.getShell(), "Overlay",
                    outOfRange.getMessage());
            return;
        }
        if (!edit.isEmpty()) {
            workbench.session().execute(edit);
        }
    }

    @Inject
    @Optional
    void resultsUpdated(@UIEventTopic(ParseqEvents.RESULTS_UPDATED) WorkbenchSession session) {
        if (node != null) {
            refresh();
        }
    }

    public NodeDefinition node() {
        return node;
    }

    public PlotComposite plot() {
        return plot;
    }

    /** The image view of a node with 2D arrays, else null. */
    public org.parseq.ui.plot.ImageComposite imageView() {
        return imageView;
    }

    public ParameterControls controls() {
        return controls;
    }

    /** The combine panel, hidden until "Combine…" is pressed. */
    public org.parseq.ui.combine.CombineSection combineSection() {
        return combineSection;
    }

    /** The fit panel, hidden until "Fit…" is pressed. */
    public org.parseq.ui.fit.FitSection fitSection() {
        return fitSection;
    }

    /** The corrections panel, hidden until "Corrections…" is pressed. */
    public org.parseq.ui.correct.CorrectionSection correctionSection() {
        return correctionSection;
    }

    @Focus
    public void setFocus() {
        if (plot != null) {
            plot.setFocus();
        }
    }

    @PreDestroy
    void dispose() {
        if (workbench != null) {
            workbench.selection().removeListener(selectionFollower);
        }
    }
}
