package org.parseq.ui.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.parseq.core.pipeline.PipelineDefinition;

/** Lets the user choose a pipeline: its icon, name and what it is for, one row each. */
public final class PipelineDialog extends Dialog {

    private final String title;
    private final List<PipelineDefinition> pipelines;
    private final PipelineCatalog catalog;
    private final String current;
    private final List<Image> icons = new ArrayList<>();
    private Table table;
    private PipelineDefinition chosen;

    /**
     * @param current the id of the pipeline to select at first, or null
     */
    public PipelineDialog(Shell parent, String title, PipelineCatalog catalog, String current) {
        super(parent);
        this.title = title;
        this.catalog = catalog;
        this.pipelines = List.copyOf(catalog.pipelines());
        this.current = current;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.WRAP).setText("Choose the analysis pipeline of the new session:");
        table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 560;
        data.heightHint = Math.max(3, pipelines.size()) * 36;
        table.setLayoutData(data);
        for (PipelineDefinition pipeline : pipelines) {
            TableItem row = new TableItem(table, SWT.NONE);
            String synopsis = catalog.registry().synopsis(pipeline.id());
            row.setText(pipeline.name() + (synopsis.isEmpty() ? "" : "  \u2014  " + synopsis));
            catalog.registry().iconUri(pipeline.id()).map(this::icon).ifPresent(row::setImage);
            if (pipeline.id().equals(current)) {
                table.setSelection(row);
            }
        }
        if (table.getSelectionIndex() < 0 && !pipelines.isEmpty()) {
            table.setSelection(0);
        }
        table.addListener(SWT.DefaultSelection, event -> okPressed());
        return area;
    }

    private Image icon(String uri) {
        try (InputStream in = URI.create(uri).toURL().openStream()) {
            Image image = new Image(getShell().getDisplay(), in);
            icons.add(image);
            return image;
        } catch (IOException | IllegalArgumentException | org.eclipse.swt.SWTException e) {
            return null;
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Open", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        int index = table.getSelectionIndex();
        chosen = index < 0 ? null : pipelines.get(index);
        super.okPressed();
    }

    @Override
    public boolean close() {
        icons.forEach(Image::dispose);
        return super.close();
    }

    /** The pipeline chosen, or null when the dialog was cancelled. */
    public PipelineDefinition chosen() {
        return chosen;
    }
}
