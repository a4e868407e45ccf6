package org.parseq.core.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one fit, possibly of several items (a joint fit; the first item is the
 * one the fit is started from), with their ties compiled: every parameter has a slot in a
 * value array, the varied ones form the optimizer's vector, and {@link #values} turns that
 * vector into all slot values.
 * <p>
 * How ties see each other is a {@link TieRule}: the original's three fits each have their
 * own, and a port has to follow them to give the same numbers wherever ties refer to tied
 * parameters. {@code item["alias"].name} names a parameter of another item of the fit. Unknown
 * names and cycles are rejected with the item, parameter and tie, whatever the rule.
 */
public final class ParameterSpace {

    private final List<ItemParameters> items;
    private final List<Reference> slots = new ArrayList<>();
    private final Map<Reference, Integer> slotOf = new HashMap<>();
    private final double[] baseValues;
    private final int[] variedSlots;
    private final double[] lower;
    private final double[] upper;
    private final List<CompiledTie> ties;
    private final TieRule rule;

    /** How ties are evaluated, and what the names in them read (xas-algorithms.md §6–9). */
    public enum TieRule {
        /**
         * Ties in dependency order, each reading the tied values of what it names; a bare name
         * is a parameter of the tie's own item. Independent of the order of the list.
         */
        DEPENDENCY_ORDER,
        /**
         * The original's LCF (§7): every tie reads the un-tied values (varied or fixed), a
         * parameter that is itself {@code =}-tied reading as 0.
         */
        UNTIED,
        /** The original's function fit (§8): ties in list order, each reading the results of the earlier ones. */
        LIST_ORDER,
        /**
         * The original's EXAFS fit, joint or not (§9.5): ties in list order, item after item; a
         * bare name is a parameter of the first (started) item, with its un-tied value, also in
         * the ties of the other items; {@code item["alias"].name} reads the value as tied so far;
         * {@code <} and {@code >} compare the first item's un-tied value of the same name.
         */
        FIRST_ITEM_UNTIED
    }

    /**
     * @param slot        the tied parameter's slot
     * @param compareSlot the slot whose un-tied value {@code <} and {@code >} compare with the expression
     */
    private record CompiledTie(int slot, int compareSlot, FitParameter.TieKind kind, Expression expression,
            String label) {
    }

    /** Ties in dependency order, bare names of the tie's own item. */
    public ParameterSpace(List<ItemParameters> items) {
        this(items, TieRule.DEPENDENCY_ORDER);
    }

    public ParameterSpace(List<ItemParameters> items, TieRule rule) {
        this.rule = rule;
        if (items.isEmpty()) {
            throw new FitException("a fit needs parameters of at least one item");
        }
        this.items = List.copyOf(items);
        List<Double> base = new ArrayList<>();
        List<Integer> varied = new ArrayList<>();
        for (ItemParameters ip : items) {
            for (FitParameter p : ip.parameters()) {
                Reference r = new Reference(ip.item(), p.name());
                if (slotOf.containsKey(r)) {
                    throw new FitException("item '" + ip.item() + "' appears twice in one fit");
                }
                slotOf.put(r, slots.size());
                if (p.isVaried()) {
                    varied.add(slots.size());
                }
                base.add(p.isFixed() ? p.fixedValue() : p.value());
                slots.add(r);
            }
        }
        baseValues = base.stream().mapToDouble(Double::doubleValue).toArray();
        variedSlots = varied.stream().mapToInt(Integer::intValue).toArray();
        lower = new double[variedSlots.length];
        upper = new double[variedSlots.length];
        for (int i = 0; i < variedSlots.length; i++) {
            FitParameter p = parameter(variedSlots[i]);
            lower[i] = p.min();
            upper[i] = p.max();
        }
        List<CompiledTie> listed = compileTies();
        List<CompiledTie> sorted = TieOrder.sort(listed, this::label, slots.size());
        ties = rule == TieRule.DEPENDENCY_ORDER ? sorted : List.copyOf(listed);
    }

    private List<CompiledTie> compileTies() {
        List<CompiledTie> out = new ArrayList<>();
        for (ItemParameters ip : items) {
            for (FitParameter p : ip.parameters()) {
                FitParameter.TieKind kind = p.tieKind();
                if (kind == FitParameter.TieKind.NONE || p.isFixed()) {
                    continue;
                }
                int slot = slotOf.get(new Reference(ip.item(), p.name()));
                String where = "item '" + ip.item() + "', parameter '" + p.name() + "', tie '" + p.tie() + "'";
                Expression bound;
                int compareSlot = slot;
                try {
                    if (rule == TieRule.FIRST_ITEM_UNTIED) {
                        // bare names read the first item's un-tied values, kept after the current ones
                        String first = items.get(0).item();
                        bound = ExpressionParser.parse(p.tieExpression()).bind(r -> r.isLocal()
                                ? offset(slotIn(first, r)) : slotIn(ip.item(), r));
                        int firstSame = slotIn(first, Reference.local(p.name()));
                        compareSlot = firstSame < 0 ? slot : firstSame;
                    } else {
                        bound = ExpressionParser.parse(p.tieExpression()).bind(r -> slotIn(ip.item(), r));
                    }
                } catch (FitException ex) {
                    throw new FitException(where + ": " + ex.getMessage(), ex);
                }
                out.add(new CompiledTie(slot, compareSlot, kind, bound, where));
            }
        }
        return out;
    }

    private int offset(int slot) {
        return slot < 0 ? slot : slots.size() + slot;
    }

    /** The slot of a name used in an expression of {@code item}; −1 when unknown. */
    public int slotIn(String item, Reference r) {
        Integer s = slotOf.get(r.isLocal() ? new Reference(item, r.name()) : r);
        return s == null ? -1 : s;
    }

    private String label(int slot) {
        Reference r = slots.get(slot);
        return r.item().equals(items.get(0).item()) ? r.name() : r.toString();
    }

    public List<ItemParameters> items() {
        return items;
    }

    public int slotCount() {
        return slots.size();
    }

    public Reference slot(int index) {
        return slots.get(index);
    }

    public FitParameter parameter(int slot) {
        Reference r = slots.get(slot);
        for (ItemParameters ip : items) {
            if (ip.item().equals(r.item())) {
                return ip.parameters().get(ip.indexOf(r.name()));
            }
        }
        throw new IllegalStateException("no parameter for slot " + slot);
    }

    public int variedCount() {
        return variedSlots.length;
    }

    public int variedSlot(int i) {
        return variedSlots[i];
    }

    public double[] lowerBounds() {
        return lower.clone();
    }

    public double[] upperBounds() {
        return upper.clone();
    }

    /** The varied parameters' current values; throws when one lies outside its bounds. */
    public double[] start() {
        double[] p = new double[variedSlots.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = baseValues[variedSlots[i]];
            if (!(p[i] >= lower[i] && p[i] <= upper[i])) {
                throw new FitException(label(variedSlots[i]) + " = " + p[i] + " lies outside its limits ["
                        + lower[i] + ", " + upper[i] + "]");
            }
        }
        return p;
    }

    /** Display names of the varied parameters (other items' as item["alias"].name). */
    public List<String> variedNames() {
        List<String> names = new ArrayList<>();
        for (int s : variedSlots) {
            names.add(label(s));
        }
        return names;
    }

    /** All slot values for the varied vector p: fixed values, p, then the ties by the {@link TieRule}. */
    public double[] values(double[] p) {
        int n = slots.size();
        double[] v = baseValues.clone();
        for (int i = 0; i < variedSlots.length; i++) {
            v[variedSlots[i]] = p[i];
        }
        double[] read = switch (rule) {
            case DEPENDENCY_ORDER, LIST_ORDER -> v;
            case UNTIED -> {
                double[] untied = v.clone();
                for (CompiledTie t : ties) {
                    if (t.kind() == FitParameter.TieKind.EQUAL) {
                        untied[t.slot()] = 0;
                    }
                }
                yield untied;
            }
            case FIRST_ITEM_UNTIED -> {
                double[] both = java.util.Arrays.copyOf(v, 2 * n);
                System.arraycopy(v, 0, both, n, n);
                yield both;
            }
        };
        for (CompiledTie t : ties) {
            double e = t.expression().evaluate(read);
            double own = rule == TieRule.FIRST_ITEM_UNTIED ? read[n + t.compareSlot()] : read[t.slot()];
            double tied = switch (t.kind()) {
                case EQUAL -> e;
                case AT_MOST -> own > e ? e : read[t.slot()];
                case AT_LEAST -> own < e ? e : read[t.slot()];
                case NONE -> read[t.slot()];
            };
            v[t.slot()] = tied;
            if (read != v) {
                if (rule == TieRule.FIRST_ITEM_UNTIED) {
                    read[t.slot()] = tied; // item["alias"].name reads the values tied so far
                }
            }
        }
        return v;
    }

    /** Topological order of ties by the slots their expressions read; cycles are errors. */
    private static final class TieOrder {

        /** @param slotCount slots at or above it are the un-tied copies of slot − slotCount */
        static List<CompiledTie> sort(List<CompiledTie> ties, java.util.function.IntFunction<String> label,
                int slotCount) {
            Map<Integer, CompiledTie> bySlot = new HashMap<>();
            for (CompiledTie t : ties) {
                bySlot.put(t.slot(), t);
            }
            List<CompiledTie> order = new ArrayList<>();
            Map<Integer, Integer> state = new HashMap<>();
            for (CompiledTie t : ties) {
                visit(t, bySlot, state, order, new ArrayList<>(), label, slotCount);
            }
            return List.copyOf(order);
        }

        private static void visit(CompiledTie t, Map<Integer, CompiledTie> bySlot, Map<Integer, Integer> state,
                List<CompiledTie> order, List<CompiledTie> path, java.util.function.IntFunction<String> label,
                int slotCount) {
            Integer s = state.get(t.slot());
            if (s != null && s == 2) {
                return;
            }
            if (s != null && s == 1) {
                int from = path.indexOf(t);
                StringBuilder cycle = new StringBuilder();
                for (CompiledTie c : path.subList(from, path.size())) {
                    cycle.append(label.apply(c.slot())).append(" ('").append(tieText(c)).append("') → ");
                }
                cycle.append(label.apply(t.slot()));
                throw new FitException("tie cycle: " + cycle + "; in " + t.label());
            }
            state.put(t.slot(), 1);
            path.add(t);
            for (int dep : slotsRead(t.expression())) {
                CompiledTie d = bySlot.get(dep % slotCount);
                if (d != null) {
                    visit(d, bySlot, state, order, path, label, slotCount);
                }
            }
            path.remove(path.size() - 1);
            state.put(t.slot(), 2);
            order.add(t);
        }

        private static String tieText(CompiledTie c) {
            int i = c.label().indexOf(", tie '");
            return c.label().substring(i + 7, c.label().length() - 1);
        }

        private static List<Integer> slotsRead(Expression e) {
            List<Integer> out = new ArrayList<>();
            collect(e, out);
            return out;
        }

        private static void collect(Expression e, List<Integer> out) {
            switch (e) {
                case Expression.Slot s -> out.add(s.index());
                case Expression.Negation n -> collect(n.operand(), out);
                case Expression.Binary b -> {
                    collect(b.left(), out);
                    collect(b.right(), out);
                }
                case Expression.Call c -> c.arguments().forEach(a -> collect(a, out));
                default -> {
                    // constants read nothing
                }
            }
        }
    }
}
