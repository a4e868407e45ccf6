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
 * Ties are evaluated in dependency order, each seeing the tied values of what it refers to;
 * a bare name means a parameter of the tie's own item, {@code item["alias"].name} one of
 * another item of the fit. Unknown names and cycles are rejected with the item, parameter and
 * tie. (Where the original lets a tie read another tie's un-tied value, or resolves bare names
 * in the started item, results depend on item order; here they do not.)
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

    private record CompiledTie(int slot, FitParameter.TieKind kind, Expression expression, String label) {
    }

    public ParameterSpace(List<ItemParameters> items) {
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
        ties = TieOrder.sort(compileTies(), this::label);
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
                try {
                    bound = ExpressionParser.parse(p.tieExpression()).bind(r -> slotIn(ip.item(), r));
                } catch (FitException ex) {
                    throw new FitException(where + ": " + ex.getMessage(), ex);
                }
                out.add(new CompiledTie(slot, kind, bound, where));
            }
        }
        return out;
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

    /** All slot values for the varied vector p: fixed values, p, then the ties in dependency order. */
    public double[] values(double[] p) {
        double[] v = baseValues.clone();
        for (int i = 0; i < variedSlots.length; i++) {
            v[variedSlots[i]] = p[i];
        }
        for (CompiledTie t : ties) {
            double e = t.expression().evaluate(v);
            v[t.slot()] = switch (t.kind()) {
                case EQUAL -> e;
                case AT_MOST -> Math.min(v[t.slot()], e);
                case AT_LEAST -> Math.max(v[t.slot()], e);
                case NONE -> v[t.slot()];
            };
        }
        return v;
    }

    /** Topological order of ties by the slots their expressions read; cycles are errors. */
    private static final class TieOrder {

        static List<CompiledTie> sort(List<CompiledTie> ties, java.util.function.IntFunction<String> label) {
            Map<Integer, CompiledTie> bySlot = new HashMap<>();
            for (CompiledTie t : ties) {
                bySlot.put(t.slot(), t);
            }
            List<CompiledTie> order = new ArrayList<>();
            Map<Integer, Integer> state = new HashMap<>();
            for (CompiledTie t : ties) {
                visit(t, bySlot, state, order, new ArrayList<>(), label);
            }
            return List.copyOf(order);
        }

        private static void visit(CompiledTie t, Map<Integer, CompiledTie> bySlot, Map<Integer, Integer> state,
                List<CompiledTie> order, List<CompiledTie> path, java.util.function.IntFunction<String> label) {
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
                CompiledTie d = bySlot.get(dep);
                if (d != null) {
                    visit(d, bySlot, state, order, path, label);
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
