package org.parseq.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.PipelineDefinition;
import org.parseq.io.write.ExportSelection;
import org.parseq.model.data.DataItem;

/**
 * File › Export: which items (the selected ones or all), nodes, arrays and formats, the folder,
 * and whether Python plotting scripts go beside the files. OK is enabled only for a complete
 * choice; the message area says what is missing.
 */
public final class ExportDialog extends TitleAreaDialog {

    private final PipelineDefinition pipeline;
    private final List<DataItem> selected;
    private final List<DataItem> all;
    private final Path startFolder;

    private Button selectedItems;
    private final Map<String, Button> nodeButtons = new LinkedHashMap<>();
    private Text arraysText;
    private final Map<SessionExport.Format, Button> formatButtons = new LinkedHashMap<>();
    private Text folderText;
    private Button scriptsButton;
    private SessionExport.Request request;

    public ExportDialog(Shell parent, PipelineDefinition pipeline, List<DataItem> selected, List<DataItem> all,
            Path startFolder) {
        super(parent);
        this.pipeline = pipeline;
        this.selected = List.copyOf(selected);
        this.all = List.copyOf(all);
        this.startFolder = startFolder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Export results");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(1, false));

        Group items = group(body, "Items", 2);
        selectedItems = new Button(items, SWT.RADIO);
        selectedItems.setText("Selected (" + selected.size() + ")");
        selectedItems.setEnabled(!selected.isEmpty());
        Button allItems = new Button(items, SWT.RADIO);
        allItems.setText("All (" + all.size() + ")");
        selectedItems.setSelection(!selected.isEmpty());
        allItems.setSelection(selected.isEmpty());

        Group nodes = group(body, "Nodes", 3);
        for (NodeDefinition node : pipeline.topologicalNodes()) {
            Button button = new Button(nodes, SWT.CHECK);
            button.setText(node.name());
            button.setSelection(true);
            button.addListener(SWT.Selection, e -> validate());
            nodeButtons.put(node.id(), button);
        }
        Group arrays = group(body, "Arrays (names separated by commas; empty for all)", 1);
        arraysText = new Text(arrays, SWT.BORDER);
        arraysText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        arraysText.addListener(SWT.Modify, e -> validate());

        Group formats = group(body, "Formats", 1);
        for (SessionExport.Format format : SessionExport.Format.values()) {
            Button button = new Button(formats, SWT.CHECK);
            button.setText(format.label);
            button.setSelection(format == SessionExport.Format.NEXUS);
            button.addListener(SWT.Selection, e -> validate());
            formatButtons.put(format, button);
        }
        scriptsButton = new Button(formats, SWT.CHECK);
        scriptsButton.setText("Python plotting scripts beside the files (matplotlib, h5py)");

        Group folder = group(body, "Folder", 2);
        folderText = new Text(folder, SWT.BORDER);
        folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folderText.setText(startFolder == null ? "" : startFolder.resolve("export").toString());
        folderText.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(folder, SWT.PUSH);
        browse.setText("Browse\u2026");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog chooser = new DirectoryDialog(getShell());
            chooser.setFilterPath(folderText.getText());
            String chosen = chooser.open();
            if (chosen != null) {
                folderText.setText(chosen);
            }
        });
        return area;
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Export");
        validate();
    }

    /** The message that says what is missing, or null when the choice is complete. */
    private String problem() {
        if (nodeButtons.values().stream().noneMatch(Button::getSelection)) {
            return "Choose at least one node.";
        }
        if (formatButtons.values().stream().noneMatch(Button::getSelection)) {
            return "Choose at least one format.";
        }
        if (folderText.getText().isBlank()) {
            return "Choose a folder.";
        }
        Set<String> known = new LinkedHashSet<>();
        chosenNodes().forEach(id -> pipeline.node(id).ifPresent(
                node -> node.arrays().forEach(array -> known.add(array.name()))));
        for (String name : arrayNames()) {
            if (!known.contains(name)) {
                return "No array '" + name + "' at the chosen nodes; they have: " + String.join(", ", known);
            }
        }
        return null;
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = problem();
        setErrorMessage(problem);
        if (problem == null) {
            setMessage("Each file is written under a temporary name and renamed when complete.");
        }
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    private Set<String> chosenNodes() {
        Set<String> ids = new LinkedHashSet<>();
        nodeButtons.forEach((id, button) -> {
            if (button.getSelection()) {
                ids.add(id);
            }
        });
        return ids;
    }

    private List<String> arrayNames() {
        List<String> names = new ArrayList<>();
        for (String name : arraysText.getText().split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    @Override
    protected void okPressed() {
        Set<SessionExport.Format> formats = EnumSet.noneOf(SessionExport.Format.class);
        formatButtons.forEach((format, button) -> {
            if (button.getSelection()) {
                formats.add(format);
            }
        });
        Set<String> nodes = chosenNodes();
        ExportSelection selection = new ExportSelection(nodes.size() == nodeButtons.size() ? Set.of() : nodes,
                new LinkedHashSet<>(arrayNames()));
        request = new SessionExport.Request(selectedItems.getSelection() ? selected : all, selection, formats,
                Path.of(folderText.getText().strip()), scriptsButton.getSelection());
        super.okPressed();
    }

    /** The export chosen, once OK was pressed; else null. */
    public SessionExport.Request request() {
        return request;
    }

    /** For tests: the Export button and the check boxes and fields. */
    Button exportButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    Map<String, Button> nodeButtons() {
        return nodeButtons;
    }

    Map<SessionExport.Format, Button> formatButtons() {
        return formatButtons;
    }

    Text folderText() {
        return folderText;
    }

    Text arraysText() {
        return arraysText;
    }

    Button scriptsButton() {
        return scriptsButton;
    }
}
