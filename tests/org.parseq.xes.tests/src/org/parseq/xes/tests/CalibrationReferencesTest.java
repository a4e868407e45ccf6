package org.parseq.xes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parseq.core.engine.NodeResult;
import org.parseq.xes.pipeline.CalibrationReferences;
import org.parseq.xes.pipeline.CalibrationReferences.Group;
import org.parseq.xes.pipeline.CalibrationReferences.Reference;

/** "Auto set references" as the original picks them, and the elastic peaks the calibration reports. */
class CalibrationReferencesTest {

    @Test
    void theFirstCalibrationGroupGivesTheReferencesWithTheEnergiesOfTheirNames() {
        List<Group> groups = List.of(new Group("emission", List.of("20230908s/entry1025")),
                new Group("Elastic_all", List.of("elastic_19630", "elastic_19570")),
                new Group("calibration later", List.of("calib_19000")));
        assertEquals(List.of(new Reference("elastic_19630", 19630), new Reference("elastic_19570", 19570)),
                CalibrationReferences.autoSet(groups));
        assertEquals(19630.5, CalibrationReferences.energyOf("scan_a_19630.5"));
    }

    @Test
    void whatCannotBeSetIsSaid() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> CalibrationReferences.autoSet(List.of(new Group("emission", List.of("x_1")))));
        assertTrue(none.getMessage().contains("'calib' or 'elast'"), none.getMessage());
        IllegalArgumentException noEnergy = assertThrows(IllegalArgumentException.class,
                () -> CalibrationReferences.autoSet(List.of(new Group("elastic", List.of("elastic_19630",
                        "elastic_high")))));
        assertTrue(noEnergy.getMessage().contains("'elastic_high'"), noEnergy.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> CalibrationReferences.autoSet(List.of(new Group("calib", List.of()))));
        assertTrue(empty.getMessage().contains("'calib' holds no items"), empty.getMessage());
    }

    @Test
    void theCalibrationReportsThePeakOfEachReferenceOnItsLine() {
        PipelineRun run = new PipelineRun();
        for (ReferenceItem item : ReferenceItem.all()) {
            run.add(item.alias, ScanImages.reference(item), run.byName(item.transformParams()));
        }
        run.run(2);
        NodeResult spectra = run.spectra("elastic_19570");
        double slope = spectra.scalar(CalibrationReferences.SLOPE_SCALAR).orElseThrow();
        double intercept = spectra.scalar(CalibrationReferences.INTERCEPT_SCALAR).orElseThrow();
        double[] energies = {19630, 19570};
        for (int i = 0; i < 2; i++) {
            double peak = spectra.scalar(CalibrationReferences.PEAK_SCALAR + i).orElseThrow();
            assertTrue(Math.abs(peak) < 0.25, "within the scan's θ: " + peak);
            // two references: the line passes through both peaks
            assertEquals(energies[i], slope * peak + intercept, 1e-6, "reference " + i);
        }
    }
}
