package org.parseq.ui.tree;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.parseq.core.pipeline.NodeDefinition;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.model.DataCommands;
import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.TreeElement;
import org.parseq.model.session.Session;
import org.parseq.model.session.UserDefaults;
import org.parseq.ui.session.SelectionParameterEditor;
import org.parseq.ui.session.UserSettings;
import org.parseq.ui.session.WorkbenchSession;

/** The data tree's context menu: every action is an undoable command. */
final class DataTreeMenu {

    private final TreeViewer viewer;
    private final WorkbenchSession workbench;

    private DataTreeMenu(TreeViewer viewer, WorkbenchSession workbench) {
        this.viewer = viewer;
        this.workbench = workbench;
    }

    static void install(TreeViewer viewer, WorkbenchSession workbench) {
        MenuManager manager = new MenuManager();
        manager.setRemoveAllWhenShown(true);
        DataTreeMenu menu = new DataTreeMenu(viewer, workbench);
        manager.addMenuListener(menu::fill);
        viewer.getTree().setMenu(manager.createContextMenu(viewer.getTree()));
    }

    private List<TreeElement> selectedElements() {
        return viewer.getStructuredSelection().toList().stream().filter(TreeElement.class::isInstance)
                .map(TreeElement.class::cast).toList();
    }

    private void fill(IMenuManager menu) {
        Session session = workbench.session();
        List<TreeElement> elements = selectedElements();
        List<DataItem> items = workbench.selection().items();
        menu.add(action("Group", !elements.isEmpty() && sameOwner(elements),
                () -> session.execute(DataCommands.group(session.domain(), session.root(), elements, "group"))));
        if (elements.size() == 1 && elements.get(0) instanceof DataGroup group) {
            menu.add(action("Ungroup", true, () -> session.execute(DataCommands.ungroup(session.domain(), group))));
            MenuManager policies = new MenuManager("Colours of members");
            for (ColourPolicy policy : ColourPolicy.values()) {
                policies.add(action(policy.getLiteral().toLowerCase(), true, () -> session.execute(
                        DataCommands.setColourPolicy(session.domain(), group, policy))));
            }
            menu.add(policies);
        }
        menu.add(action("Rename\u2026", elements.size() == 1, () -> rename(elements.get(0))));
        menu.add(action("Colour\u2026", elements.size() == 1, () -> chooseColour(elements.get(0))));
        MenuManager tags = new MenuManager("Colour tag");
        for (int tag = 0; tag < org.parseq.model.ColourTags.count(); tag++) {
            int chosen = tag;
            Action tagAction = new Action(org.parseq.model.ColourTags.label(tag),
                    org.eclipse.jface.action.IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        session.execute(DataCommands.setColourTag(session.domain(), items, chosen));
                    }
                }
            };
            tagAction.setEnabled(!items.isEmpty());
            tagAction.setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor.createFromImageDataProvider(
                    zoom -> tagSample(org.parseq.model.ColourTags.colourOf(chosen))));
            tagAction.setChecked(!items.isEmpty() && items.stream().allMatch(i -> i.getColourTag() == chosen));
            tags.add(tagAction);
        }
        menu.add(tags);
        menu.add(action("Remove\tDelete", !elements.isEmpty(), () -> removeAsked(viewer, workbench, elements)));
        menu.add(new Separator());
        MenuManager combine = new MenuManager("Combine at node");
        MenuManager stop = new MenuManager("Stop propagation at node");
        for (NodeDefinition node : session.pipeline().topologicalNodes()) {
            MenuManager kinds = new MenuManager(node.name());
            for (String kind : List.of("average", "sum", "rms")) {
                kinds.add(action(kind, items.size() >= 2, () -> session.execute(
                        DataCommands.combine(session.domain(), session.root(), items, kind, node.id()))));
            }
            combine.add(kinds);
            stop.add(action(node.name(), !items.isEmpty(),
                    () -> session.execute(DataCommands.setStopNode(session.domain(), items, node.id()))));
        }
        stop.add(new Separator());
        stop.add(action("Let data propagate to the end", !items.isEmpty(),
                () -> session.execute(DataCommands.setStopNode(session.domain(), items, null))));
        menu.add(combine);
        menu.add(stop);
        menu.add(new Separator());
        List<ParameterDescriptor> all = session.pipeline().transforms().stream()
                .flatMap((TransformDefinition t) -> t.parameters().stream()).toList();
        menu.add(action("Apply all parameters to picked items\u2026", items.size() >= 1,
                () -> new SelectionParameterEditor(workbench, viewer.getControl().getShell()).applyToPicked(all)));
        menu.add(action("Reset all parameters to defaults", items.stream().anyMatch(i -> !i.getParameters().isEmpty()),
                () -> session.execute(DataCommands.resetAllParameters(session.domain(), items))));
        UserDefaults own = userDefaults();
        boolean haveOwn = own.exist(session.pipeline());
        menu.add(action("Reset all parameters to my defaults", haveOwn && !items.isEmpty(),
                () -> resetToOwnDefaults(items)));
        menu.add(action(items.size() == 1 ? "Keep parameters of \u2018" + items.get(0).getAlias()
                + "\u2019 as my defaults" : "Keep parameters as my defaults", items.size() == 1,
                () -> keepAsOwnDefaults(items.get(0))));
        menu.add(action("Forget my defaults", haveOwn, this::forgetOwnDefaults));
    }

    private static UserDefaults userDefaults() {
        return new UserDefaults(UserSettings.folder());
    }

    /** The item's own parameters become where every new item of this pipeline starts. */
    void keepAsOwnDefaults(DataItem item) {
        Session session = workbench.session();
        try {
            userDefaults().save(session.pipeline(), item.getParameters());
        } catch (java.io.IOException e) {
            MessageDialog.openError(viewer.getControl().getShell(), "My Defaults",
                    "Cannot keep these parameters in " + userDefaults().file(session.pipeline()) + ": " + e.getMessage());
        }
    }

    void resetToOwnDefaults(List<DataItem> items) {
        Session session = workbench.session();
        UserDefaults.Read own = userDefaults().read(session.pipeline());
        if (!own.problems().isEmpty()) {
            MessageDialog.openWarning(viewer.getControl().getShell(), "My Defaults",
                    "Some of your default parameters cannot be used:\n\n" + String.join("\n", own.problems()));
        }
        session.execute(DataCommands.resetAllParametersTo(session.domain(), items, own.values()));
    }

    private void forgetOwnDefaults() {
        Session session = workbench.session();
        if (!MessageDialog.openConfirm(viewer.getControl().getShell(), "My Defaults",
                "New items of " + session.pipeline().name() + " will start with the program's defaults. Forget yours?")) {
            return;
        }
        try {
            userDefaults().forget(session.pipeline());
        } catch (java.io.IOException e) {
            MessageDialog.openError(viewer.getControl().getShell(), "My Defaults",
                    "Cannot remove " + userDefaults().file(session.pipeline()) + ": " + e.getMessage());
        }
    }

    /** Removes elements from the tree after the user confirms; the removal can be undone. */
    static void removeAsked(TreeViewer viewer, WorkbenchSession workbench, List<TreeElement> elements) {
        if (elements.isEmpty()) {
            return;
        }
        String what = elements.size() == 1 ? "\u2018" + elements.get(0).getAlias() + "\u2019"
                : elements.size() + " elements";
        if (MessageDialog.openConfirm(viewer.getControl().getShell(), "Remove",
                "Remove " + what + " from the data tree? (Edit \u203a Undo brings them back.)")) {
            Session session = workbench.session();
            session.execute(DataCommands.remove(session.domain(), elements));
        }
    }

    private static boolean sameOwner(List<TreeElement> elements) {
        return elements.stream().map(TreeElement::eContainer).distinct().count() == 1;
    }

    private void rename(TreeElement element) {
        InputDialog dialog = new InputDialog(viewer.getControl().getShell(), "Rename", "New name:",
                element.getAlias(), text -> text.isBlank() ? "A name cannot be empty" : null);
        if (dialog.open() == Window.OK) {
            workbench.session().execute(DataCommands.rename(workbench.session().domain(), workbench.session().root(),
                    element, dialog.getValue()));
        }
    }

    private void chooseColour(TreeElement element) {
        ColorDialog dialog = new ColorDialog(viewer.getControl().getShell());
        RGB rgb = dialog.open();
        if (rgb != null) {
            workbench.session().execute(DataCommands.setColour(workbench.session().domain(), element,
                    String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue)));
        }
    }

    /** A small square of a tag's colour for its menu entry. */
    private static org.eclipse.swt.graphics.ImageData tagSample(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        org.eclipse.swt.graphics.PaletteData palette = new org.eclipse.swt.graphics.PaletteData(0xff0000, 0xff00, 0xff);
        org.eclipse.swt.graphics.ImageData data = new org.eclipse.swt.graphics.ImageData(12, 12, 24, palette);
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 12; x++) {
                data.setPixel(x, y, rgb);
            }
        }
        return data;
    }

    private static Action action(String text, boolean enabled, Runnable run) {
        return org.parseq.ui.controls.MenuActions.of(text, enabled, run);
    }
}
