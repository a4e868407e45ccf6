package org.parseq.ui.controls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.TransformDefinition;

/**
 * Controls generated from the parameter descriptors of transforms: spinners for whole
 * numbers, fields for real numbers and lists (checked on Enter or when leaving the field),
 * check boxes, and combos for choices; each with its unit and a context menu to apply it to
 * picked items or reset it. A pipeline UI bundle may replace the controls of a transform.
 * <p>
 * A control changes only on deliberate input: the mouse wheel turns a spinner or a combo only
 * while it has the focus, else it scrolls the panel. When the selected items differ in a
 * parameter its control says so ("mixed") instead of showing the first item's value; an edit
 * sets every selected item.
 */
public class ParameterControls extends Composite {

    private final ParameterEditor editor;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<Control> inputs = new ArrayList<>();
    /** The data key under which an input says whether the selected items differ in its parameter. */
    public static final String MIXED_KEY = "parseq.mixed";
    private static final String MIXED_TEXT = "mixed";
    /** Pale yellow: readable in light and dark themes alike (a theme's tooltip colour may be dark). */
    private static final org.eclipse.swt.graphics.Color MIXED_BACKGROUND = new org.eclipse.swt.graphics.Color(255, 246,
            196);

    public ParameterControls(Composite parent, List<TransformDefinition> transforms, ParameterEditor editor,
            Map<String, ParameterEditor.CustomControls> customControls) {
        super(parent, SWT.NONE);
        this.editor = editor;
        setLayout(new GridLayout(1, false));
        for (TransformDefinition transform : transforms) {
            if (transform.parameters().isEmpty()) {
                continue;
            }
            Group group = new Group(this, SWT.NONE);
            group.setText(transform.name());
            group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            ParameterEditor.CustomControls custom = customControls.get(transform.id());
            Composite rows = group;
            List<ParameterDescriptor> generated = transform.parameters();
            if (custom != null) {
                group.setLayout(new GridLayout(1, false));
                refreshers.add(custom.create(group, transform, editor));
                java.util.Set<String> shownByCustom = custom.parameters(transform);
                generated = generated.stream().filter(p -> !shownByCustom.contains(p.name())).toList();
                if (generated.isEmpty()) {
                    continue;
                }
                rows = new Composite(group, SWT.NONE);
                rows.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            }
            rows.setLayout(new GridLayout(3, false));
            for (ParameterDescriptor parameter : generated) {
                addRow(rows, transform, parameter);
            }
        }
        refresh();
    }

    /** Shows the values of the current selection. */
    public void refresh() {
        boolean enabled = editor.hasSelection();
        refreshers.forEach(Runnable::run);
        inputs.forEach(c -> c.setEnabled(enabled));
    }

    /**
     * The input control of a parameter, for tests: a generated one, or one of contributed
     * controls that names its parameter in its data {@code "parameter"}.
     */
    public Control inputFor(String parameterName) {
        return inputs.stream().filter(c -> parameterName.equals(c.getData("parameter"))).findFirst()
                .orElseGet(() -> contributedInput(this, parameterName));
    }

    private static Control contributedInput(Composite parent, String parameterName) {
        for (Control child : parent.getChildren()) {
            if (parameterName.equals(child.getData("parameter"))) {
                return child;
            }
            if (child instanceof Composite composite) {
                Control found = contributedInput(composite, parameterName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether the control of a parameter shows that the selected items differ in it. */
    public boolean showsMixed(String parameterName) {
        Control input = inputFor(parameterName);
        return input != null && Boolean.TRUE.equals(input.getData(MIXED_KEY));
    }

    private void addRow(Composite parent, TransformDefinition transform, ParameterDescriptor parameter) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(parameter.label());
        label.setToolTipText(parameter.description());
        // Long parameter names wrap instead of pushing the inputs out of a narrow view.
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        labelData.widthHint = 120;
        label.setLayoutData(labelData);
        Control input = switch (parameter.type()) {
            case INTEGER -> integerInput(parent, parameter);
            case BOOLEAN -> booleanInput(parent, parameter);
            case CHOICE -> choiceInput(parent, parameter);
            case REAL, TEXT, REAL_LIST -> textInput(parent, parameter);
        };
        input.setData("parameter", parameter.name());
        input.setToolTipText(parameter.description());
        GridData inputData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        inputData.widthHint = 90;
        input.setLayoutData(inputData);
        inputs.add(input);
        Label unit = new Label(parent, SWT.NONE);
        unit.setText(parameter.unit());
        MenuManager menu = new MenuManager();
        menu.add(action("Apply " + parameter.label() + " to picked items\u2026",
                () -> editor.applyToPicked(List.of(parameter))));
        menu.add(action("Apply all parameters of \u2018" + transform.name() + "\u2019 to picked items\u2026",
                () -> editor.applyToPicked(transform.parameters())));
        menu.add(action("Reset " + parameter.label() + " to default", () -> editor.resetToDefault(List.of(parameter))));
        menu.add(action("Reset all parameters of \u2018" + transform.name() + "\u2019 to defaults",
                () -> editor.resetToDefault(transform.parameters())));
        input.setMenu(menu.createContextMenu(input));
        label.setMenu(input.getMenu());
    }

    private static Action action(String text, Runnable run) {
        return MenuActions.of(text, true, run);
    }

    private Control integerInput(Composite parent, ParameterDescriptor parameter) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setMinimum(parameter.min() == null ? Integer.MIN_VALUE : parameter.min().intValue());
        spinner.setMaximum(parameter.max() == null ? Integer.MAX_VALUE : parameter.max().intValue());
        spinner.setIncrement(parameter.step() == null ? 1 : Math.max(1, parameter.step().intValue()));
        refreshers.add(() -> {
            spinner.setSelection(((Number) editor.currentValue(parameter)).intValue());
            markMixed(spinner, parameter);
        });
        spinner.addListener(SWT.Selection, event -> commit(parameter, spinner.getSelection(), spinner));
        wheelOnlyWithFocus(spinner);
        return spinner;
    }

    private Control booleanInput(Composite parent, ParameterDescriptor parameter) {
        Button check = new Button(parent, SWT.CHECK);
        refreshers.add(() -> {
            check.setSelection(Boolean.TRUE.equals(editor.currentValue(parameter)));
            check.setGrayed(markMixed(check, parameter));
        });
        check.addListener(SWT.Selection, event -> {
            check.setGrayed(false);
            commit(parameter, check.getSelection(), check);
        });
        return check;
    }

    private Control choiceInput(Composite parent, ParameterDescriptor parameter) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(parameter.choices().toArray(String[]::new));
        refreshers.add(() -> {
            if (markMixed(combo, parameter)) {
                combo.deselectAll();
            } else {
                combo.select(parameter.choices().indexOf(String.valueOf(editor.currentValue(parameter))));
            }
        });
        combo.addListener(SWT.Selection, event -> commit(parameter, combo.getText(), combo));
        wheelOnlyWithFocus(combo);
        return combo;
    }

    private Control textInput(Composite parent, ParameterDescriptor parameter) {
        Text text = new Text(parent, SWT.BORDER);
        TextHistory history = TextHistory.attach(text);
        refreshers.add(() -> {
            boolean mixed = editor.isMixed(parameter);
            text.setMessage(mixed ? MIXED_TEXT : "");
            history.reset(mixed ? "" : format(editor.currentValue(parameter)));
            markMixed(text, parameter);
        });
        Runnable apply = () -> {
            boolean mixed = Boolean.TRUE.equals(text.getData(MIXED_KEY));
            if (mixed && text.getText().isBlank()) {
                return;
            }
            Object value = parse(parameter, text.getText());
            if (mixed || !format(value).equals(format(editor.currentValue(parameter)))) {
                commit(parameter, value, text);
            }
        };
        text.addListener(SWT.DefaultSelection, event -> apply.run());
        text.addListener(SWT.FocusOut, event -> apply.run());
        return text;
    }

    /**
     * Marks a control whose parameter differs among the selected items: pale background and a
     * tooltip listing the values. Returns whether it is mixed.
     */
    private boolean markMixed(Control input, ParameterDescriptor parameter) {
        boolean mixed = editor.isMixed(parameter);
        input.setData(MIXED_KEY, mixed);
        input.setBackground(mixed ? MIXED_BACKGROUND : null);
        input.setToolTipText(mixed ? "The selected items differ: " + editor.describeValues(parameter)
                + ". A new value here sets all of them." : parameter.description());
        return mixed;
    }

    /**
     * The mouse wheel over a control that has not the focus scrolls the panel instead of
     * changing the value: a user scrolling the parameters must not change them. Contributed
     * controls use it for their spinners and combos too.
     */
    public static void wheelOnlyWithFocus(Control input) {
        input.addListener(SWT.MouseVerticalWheel, event -> {
            if (input.isFocusControl()) {
                return;
            }
            event.doit = false;
            for (Control parent = input.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrolledComposite scroller) {
                    Point origin = scroller.getOrigin();
                    scroller.setOrigin(origin.x, Math.max(0, origin.y - event.count * WHEEL_PIXELS_PER_LINE));
                    break;
                }
            }
        });
    }

    private static final int WHEEL_PIXELS_PER_LINE = 12;

    private static Object parse(ParameterDescriptor parameter, String text) {
        if (parameter.type() == org.parseq.core.pipeline.ParameterType.REAL_LIST) {
            String inner = text.replace("[", "").replace("]", "").trim();
            return inner.isEmpty() ? List.of()
                    : Arrays.stream(inner.split("[,\\s]+")).map(String::trim).collect(Collectors.toList());
        }
        return text.trim();
    }

    static String format(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(ParameterControls::format).collect(Collectors.joining(", "));
        }
        if (value instanceof Double real) {
            return real == Math.rint(real) && Math.abs(real) < 1e15 ? String.valueOf(real.longValue())
                    : String.valueOf(real);
        }
        return String.valueOf(value);
    }

    private void commit(ParameterDescriptor parameter, Object raw, Control input) {
        try {
            Object value = parameter.coerce(raw);
            input.setBackground(null);
            input.setToolTipText(parameter.description());
            input.setData(MIXED_KEY, false);
            editor.set(parameter, value);
        } catch (IllegalArgumentException e) {
            input.setBackground(getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            input.setToolTipText(e.getMessage());
        }
    }
}
