package org.parseq.xas.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.parseq.core.pipeline.ParameterDescriptor;
import org.parseq.core.pipeline.ParameterType;
import org.parseq.core.pipeline.TransformDefinition;
import org.parseq.ui.controls.ParameterControls;
import org.parseq.ui.controls.ParameterEditor;
import org.parseq.ui.controls.TextHistory;

/**
 * Builds the XAS controls of one transform as titled sections of rows (label, input, unit), each
 * input tied to a parameter: check boxes, number fields, named options, pairs of numbers for a
 * range. A row shows the first selected item's value, or "mixed" on a pale background when the
 * selected items differ; an edit sets all selected items through the {@link ParameterEditor},
 * one undoable command. A value that does not fit turns the field yellow with the reason as its
 * tooltip and changes nothing. As with the generated controls, fields keep their own typing
 * history (Ctrl+Z takes back typing, not an edit of the data) and combos take the mouse wheel
 * only while they have the focus.
 */
final class Fields {

    /** The data key of an input that names its parameter, for tests and for the generic controls' look-up. */
    static final String PARAMETER_KEY = "parameter";
    private static final Color MIXED = new Color(255, 246, 196);

    private final TransformDefinition transform;
    private final ParameterEditor editor;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<Control> inputs = new ArrayList<>();
    private final Set<String> shown = new LinkedHashSet<>();
    private final Composite parent;
    private Composite rows;

    Fields(Composite parent, TransformDefinition transform, ParameterEditor editor) {
        this.parent = parent;
        this.transform = transform;
        this.editor = editor;
    }

    /** The parameters these fields show; the generic controls show the transform's others. */
    Set<String> shown() {
        return shown;
    }

    /** Fields that make no widgets and only collect the names of the parameters they would show. */
    static Fields namesOnly(TransformDefinition transform) {
        return new Fields(null, transform, null);
    }

    /** Whether only names are collected; then the parameter is noted as shown. */
    private boolean namesOnly(String name) {
        descriptor(name);
        shown.add(name);
        return parent == null;
    }

    /** Notes parameters a control outside the rows shows. */
    void markShown(Set<String> names) {
        names.forEach(this::namesOnly);
    }

    /** Starts a titled section; the rows that follow go into it. */
    Fields section(String title) {
        if (parent == null) {
            return this;
        }
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        rows = group;
        return this;
    }

    /** The composite of the current section, for a control that is not a row (e.g. a table). */
    Composite sectionArea() {
        return rows;
    }

    ParameterDescriptor descriptor(String name) {
        return transform.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("transform " + transform.id() + " has no parameter "
                        + name));
    }

    ParameterEditor editor() {
        return editor;
    }

    Fields check(String name, String label, String tooltip) {
        if (namesOnly(name)) {
            return this;
        }
        ParameterDescriptor parameter = descriptor(name);
        Button check = new Button(rows, SWT.CHECK);
        check.setText(label);
        check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        register(check, parameter, tooltip);
        refreshers.add(() -> {
            check.setSelection(Boolean.TRUE.equals(editor.currentValue(parameter)));
            check.setGrayed(markMixed(check, parameter, tooltip));
        });
        check.addListener(SWT.Selection, event -> commit(parameter, check.getSelection(), check, tooltip));
        return this;
    }

    /** A number (real or whole) or a text typed in a field, applied on Enter or when the field is left. */
    Fields field(String name, String label, String unit, String tooltip) {
        if (namesOnly(name)) {
            return this;
        }
        ParameterDescriptor parameter = descriptor(name);
        Text text = textRow(parameter, label, unit, tooltip);
        onApply(text, () -> {
            if (text.getText().isBlank() && Boolean.TRUE.equals(text.getData(ParameterControls.MIXED_KEY))) {
                return;
            }
            if (!text.getText().trim().equals(format(editor.currentValue(parameter)))
                    || Boolean.TRUE.equals(text.getData(ParameterControls.MIXED_KEY))) {
                commit(parameter, text.getText().trim(), text, tooltip);
            }
        });
        return this;
    }

    /**
     * Named options of a parameter: for a whole-number parameter option i stands for the value
     * i, for a choice the names stand for its choices in their order.
     */
    Fields options(String name, String label, String tooltip, String... names) {
        if (namesOnly(name)) {
            return this;
        }
        ParameterDescriptor parameter = descriptor(name);
        label(label, tooltip);
        Combo combo = new Combo(rows, SWT.READ_ONLY);
        combo.setItems(names);
        ParameterControls.wheelOnlyWithFocus(combo);
        register(combo, parameter, tooltip);
        new Label(rows, SWT.NONE);
        boolean integer = parameter.type() == ParameterType.INTEGER;
        refreshers.add(() -> {
            if (markMixed(combo, parameter, tooltip)) {
                combo.deselectAll();
                return;
            }
            Object value = editor.currentValue(parameter);
            combo.select(integer ? ((Number) value).intValue() : parameter.choices().indexOf(String.valueOf(value)));
        });
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            if (index >= 0) {
                commit(parameter, integer ? (Object) index : parameter.choices().get(index), combo, tooltip);
            }
        });
        return this;
    }

    /**
     * A range, a list of two numbers, as two fields. {@code openEnd} is what an empty second
     * field means (NaN for "the data end"), or null when both are needed; an empty pair is
     * allowed when {@code emptyAllowed} (the original's null: no range).
     */
    Fields pair(String name, String label, String unit, String tooltip, Double openEnd, boolean emptyAllowed) {
        return pair(name, label, "to", unit, tooltip, openEnd, emptyAllowed);
    }

    /** Two numbers of a list parameter, e.g. a taper width and an end value, with a word between them. */
    Fields pair(String name, String label, String between, String unit, String tooltip, Double openEnd,
            boolean emptyAllowed) {
        if (namesOnly(name)) {
            return this;
        }
        ParameterDescriptor parameter = descriptor(name);
        label(label, tooltip);
        Composite two = new Composite(rows, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        two.setLayout(layout);
        two.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Text from = new Text(two, SWT.BORDER);
        from.setLayoutData(narrow());
        new Label(two, SWT.NONE).setText(between);
        Text to = new Text(two, SWT.BORDER);
        to.setLayoutData(narrow());
        if (openEnd != null) {
            to.setMessage("data end");
        }
        TextHistory fromHistory = TextHistory.attach(from);
        TextHistory toHistory = TextHistory.attach(to);
        register(from, parameter, tooltip);
        to.setToolTipText(tooltip);
        inputs.add(to);
        unit(unit);
        refreshers.add(() -> {
            boolean mixed = markMixed(from, parameter, tooltip);
            to.setBackground(from.getBackground());
            List<?> values = mixed ? List.of() : (List<?>) editor.currentValue(parameter);
            fromHistory.reset(values.size() > 0 ? format(values.get(0)) : "");
            toHistory.reset(values.size() > 1 && !(values.get(1) instanceof Double d && d.isNaN())
                    ? format(values.get(1)) : "");
            from.setMessage(mixed ? "mixed" : "");
        });
        Runnable apply = () -> {
            try {
                List<Double> values = new ArrayList<>();
                if (!(emptyAllowed && from.getText().isBlank() && to.getText().isBlank())) {
                    values.add(parse(from.getText(), parameter));
                    values.add(to.getText().isBlank() && openEnd != null ? openEnd : parse(to.getText(), parameter));
                }
                if (!format(values).equals(format(editor.currentValue(parameter)))) {
                    commit(parameter, values, from, tooltip);
                }
            } catch (IllegalArgumentException e) {
                refuse(from, e.getMessage());
            }
        };
        onApply(from, apply);
        onApply(to, apply);
        return this;
    }

    /** A list of numbers typed with commas, e.g. powers of E. */
    Fields list(String name, String label, String unit, String tooltip) {
        if (namesOnly(name)) {
            return this;
        }
        ParameterDescriptor parameter = descriptor(name);
        Text text = textRow(parameter, label, unit, tooltip);
        onApply(text, () -> {
            try {
                List<Double> values = new ArrayList<>();
                for (String part : text.getText().split("[,;\\s]+")) {
                    if (!part.isBlank()) {
                        values.add(parse(part, parameter));
                    }
                }
                if (!format(values).equals(format(editor.currentValue(parameter)))) {
                    commit(parameter, values, text, tooltip);
                }
            } catch (IllegalArgumentException e) {
                refuse(text, e.getMessage());
            }
        });
        return this;
    }

    /** A labelled text field with its unit that shows the selection's value ("mixed" when they differ). */
    private Text textRow(ParameterDescriptor parameter, String label, String unit, String tooltip) {
        label(label, tooltip);
        Text text = new Text(rows, SWT.BORDER);
        TextHistory history = TextHistory.attach(text);
        register(text, parameter, tooltip);
        unit(unit);
        refreshers.add(() -> {
            boolean mixed = markMixed(text, parameter, tooltip);
            text.setMessage(mixed ? "mixed" : "");
            history.reset(mixed ? "" : format(editor.currentValue(parameter)));
        });
        return text;
    }

    /** Adds a refresher of a control made outside the rows (e.g. a table). */
    void addRefresher(Runnable refresher, Control input) {
        refreshers.add(refresher);
        inputs.add(input);
    }

    /** Shows the selection's values; disables the inputs without a selection. */
    void refresh() {
        refreshers.forEach(Runnable::run);
        boolean enabled = editor.hasSelection();
        inputs.forEach(input -> input.setEnabled(enabled));
    }

    private void label(String text, String tooltip) {
        Label label = new Label(rows, SWT.NONE);
        label.setText(text);
        label.setToolTipText(tooltip);
    }

    private static GridData narrow() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 40;
        return data;
    }

    private void unit(String unit) {
        new Label(rows, SWT.NONE).setText(unit);
    }

    private void register(Control input, ParameterDescriptor parameter, String tooltip) {
        input.setData(PARAMETER_KEY, parameter.name());
        input.setToolTipText(tooltip);
        if (input.getLayoutData() == null) {
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 80;
            input.setLayoutData(data);
        }
        inputs.add(input);
        shown.add(parameter.name());
    }

    private static void onApply(Text text, Runnable apply) {
        text.addListener(SWT.DefaultSelection, event -> apply.run());
        text.addListener(SWT.FocusOut, event -> apply.run());
    }

    private boolean markMixed(Control input, ParameterDescriptor parameter, String tooltip) {
        boolean mixed = editor.isMixed(parameter);
        input.setData(ParameterControls.MIXED_KEY, mixed);
        input.setBackground(mixed ? MIXED : null);
        input.setToolTipText(mixed ? "The selected items differ: " + editor.describeValues(parameter)
                + ". A new value here sets all of them." : tooltip);
        return mixed;
    }

    private void commit(ParameterDescriptor parameter, Object raw, Control input, String tooltip) {
        try {
            Object value = parameter.coerce(raw);
            input.setBackground(null);
            input.setToolTipText(tooltip);
            input.setData(ParameterControls.MIXED_KEY, false);
            editor.set(parameter, value);
        } catch (IllegalArgumentException e) {
            refuse(input, e.getMessage());
        }
    }

    private static void refuse(Control input, String why) {
        input.setBackground(input.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
        input.setToolTipText(why);
    }

    /** A number as a user types it: "inf" and "-inf" for the infinities, as the original's files write them. */
    static double parse(String text, ParameterDescriptor parameter) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        switch (trimmed) {
        case "inf", "+inf", "infinity" -> {
            return Double.POSITIVE_INFINITY;
        }
        case "-inf", "-infinity" -> {
            return Double.NEGATIVE_INFINITY;
        }
        default -> {
            try {
                return Double.parseDouble(trimmed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(parameter.label() + ": '" + text + "' is not a number");
            }
        }
        }
    }

    static String format(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(Fields::format).toList());
        }
        if (value instanceof Double real) {
            if (real.isInfinite()) {
                return real > 0 ? "inf" : "-inf";
            }
            return real == Math.rint(real) && Math.abs(real) < 1e15 ? String.valueOf(real.longValue())
                    : String.valueOf(real);
        }
        return String.valueOf(value);
    }
}
