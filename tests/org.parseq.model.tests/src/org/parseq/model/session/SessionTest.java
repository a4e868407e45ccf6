package org.parseq.model.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeStatus;
import org.parseq.core.engine.RunReport;
import org.parseq.demo.DemoPipelineProvider;
import org.parseq.demo.SyntheticPeak;
import org.parseq.model.DataCommands;
import org.parseq.model.data.DataItem;

class SessionTest {

    private Session session;
    private DataItem first;
    private DataItem second;
    private DataItem third;

    @BeforeEach
    void loadThreePeaks() {
        session = new Session(new DemoPipelineProvider().createPipeline(), SyntheticPeak.RESOLVER, 2);
        first = session.load("peak", "raw", new SyntheticPeak(1, 401, -2, 1).location(), null, null);
        second = session.load("peak", "raw counts", new SyntheticPeak(2, 401, 0, 1).location(), null, null);
        third = session.load("peak", "raw", new SyntheticPeak(3, 401, 2, 1).location(), null, null);
        session.run();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void loadedItemsAreComputedThroughEveryNode() {
        assertEquals(List.of("peak", "peak (2)", "peak (3)"), session.items().stream().map(DataItem::getAlias).toList());
        assertEquals(401, session.array(third, "smoothed", "derivative").length);
        assertEquals(2.0, session.result(third, "normalised").scalar("peakPosition").orElseThrow(), 0.5,
                "the peak is found near where it was made, within the noise");
    }

    @Test
    void aParameterChangeOnTwoItemsRecomputesThemAndUndoBringsBackTheOldCurves() {
        double[] firstBefore = session.array(first, "normalised", "y");
        double[] thirdBefore = session.array(third, "smoothed", "smooth");

        session.setParameter(List.of(first, second), "scale", 2.0);
        RunReport changed = session.run();
        assertTrue(changed.computedAny(first.getId()) && changed.computedAny(second.getId()));
        assertTrue(!changed.computedAny(third.getId()), "the third item is not touched");
        assertEquals(2 * firstBefore[100], session.array(first, "normalised", "y")[100], 1e-12);

        session.undo();
        RunReport undone = session.run();
        assertTrue(undone.computed().isEmpty(), "undo recomputes nothing: " + undone.computed());
        assertArrayEquals(firstBefore, session.array(first, "normalised", "y"));
        assertArrayEquals(thirdBefore, session.array(third, "smoothed", "smooth"));

        session.redo();
        session.run();
        assertEquals(2 * firstBefore[100], session.array(first, "normalised", "y")[100], 1e-12);
    }

    @Test
    void aCombinationFollowsItsParents() {
        session.execute(DataCommands.combine(session.domain(), session.root(), List.of(first, second), "average",
                "normalised"));
        session.run();
        DataItem average = session.items().get(2);
        double[] mean = session.array(average, "normalised", "y");
        double expected = (session.array(first, "normalised", "y")[50] + session.array(second, "normalised", "y")[50]) / 2;
        assertEquals(expected, mean[50], 1e-12);
        assertEquals(NodeStatus.GOOD, session.result(average, "smoothed").status());

        session.setParameter(List.of(first), "background", 5.0);
        session.run();
        assertNotEquals(mean[50], session.array(average, "normalised", "y")[50]);
    }

    @Test
    void anInvalidParameterValueIsRejectedWithItsName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> session.setParameter(List.of(first), "smoothingWidth", 500));
        assertTrue(error.getMessage().contains("'smoothingWidth' = 500 is outside [1.0, 101.0]"), error.getMessage());
    }

    @Test
    void asksForAnArrayThatIsNotThereSayWhy() {
        session.execute(DataCommands.setStopNode(session.domain(), List.of(first), "normalised"));
        session.run();
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> session.array(first, "smoothed", "smooth"));
        assertTrue(error.getMessage().contains("NOT_ON_PATH"), error.getMessage());
    }
}
