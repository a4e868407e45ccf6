package org.parseq.core.fit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A parsed arithmetic expression (see {@link ExpressionParser} for the language). Names are
 * first kept as {@link Reference}s; {@link #bind} replaces them by slots of a value array so
 * that evaluation is a plain tree walk without look-ups. Immutable and thread-safe.
 */
public sealed interface Expression {

    /** A number literal or a named constant. */
    record Constant(double value) implements Expression {
    }

    /** A name not bound yet. Evaluating it is a programming error. */
    record Name(Reference reference) implements Expression {
    }

    /** A bound name: the value at this index of the array given to {@link #evaluate}. */
    record Slot(int index, Reference reference) implements Expression {
    }

    record Negation(Expression operand) implements Expression {
    }

    /** One of + - * / ^. */
    record Binary(char operator, Expression left, Expression right) implements Expression {
    }

    record Call(MathFunctions.Function function, List<Expression> arguments) implements Expression {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** The names this expression uses, in order of first appearance. */
    default Set<Reference> references() {
        Set<Reference> out = new LinkedHashSet<>();
        collect(this, out);
        return out;
    }

    private static void collect(Expression e, Set<Reference> out) {
        switch (e) {
            case Name n -> out.add(n.reference());
            case Slot s -> out.add(s.reference());
            case Negation n -> collect(n.operand(), out);
            case Binary b -> {
                collect(b.left(), out);
                collect(b.right(), out);
            }
            case Call c -> c.arguments().forEach(a -> collect(a, out));
            case Constant c -> {
                // no names
            }
        }
    }

    /**
     * The same expression with every name replaced by its slot.
     *
     * @param slotOf the slot of a reference, negative when the name is unknown
     * @throws FitException naming the first unknown reference
     */
    default Expression bind(ToIntFunction<Reference> slotOf) {
        return switch (this) {
            case Name n -> {
                int slot = slotOf.applyAsInt(n.reference());
                if (slot < 0) {
                    throw new FitException("unknown name '" + n.reference() + "'");
                }
                yield new Slot(slot, n.reference());
            }
            case Slot s -> new Name(s.reference()).bind(slotOf);
            case Negation n -> new Negation(n.operand().bind(slotOf));
            case Binary b -> new Binary(b.operator(), b.left().bind(slotOf), b.right().bind(slotOf));
            case Call c -> new Call(c.function(), c.arguments().stream().map(a -> a.bind(slotOf)).toList());
            case Constant c -> c;
        };
    }

    /** Value with the bound names taken from {@code slots}. */
    default double evaluate(double[] slots) {
        return switch (this) {
            case Constant c -> c.value();
            case Slot s -> slots[s.index()];
            case Negation n -> -n.operand().evaluate(slots);
            case Binary b -> {
                double l = b.left().evaluate(slots);
                double r = b.right().evaluate(slots);
                yield switch (b.operator()) {
                    case '+' -> l + r;
                    case '-' -> l - r;
                    case '*' -> l * r;
                    case '/' -> l / r;
                    default -> Math.pow(l, r);
                };
            }
            case Call c -> {
                List<Expression> args = c.arguments();
                double[] values = new double[args.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = args.get(i).evaluate(slots);
                }
                yield c.function().apply(values);
            }
            case Name n -> throw new IllegalStateException("name '" + n.reference() + "' is not bound");
        };
    }
}
