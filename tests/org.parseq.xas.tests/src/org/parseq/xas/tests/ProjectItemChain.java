package org.parseq.xas.tests;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.parseq.xas.numerics.BftResult;
import org.parseq.xas.numerics.ChiResult;
import org.parseq.xas.numerics.ChiTransform;
import org.parseq.xas.numerics.EntryTransforms;
import org.parseq.xas.numerics.FourierTransforms;
import org.parseq.xas.numerics.FtResult;
import org.parseq.xas.numerics.MakeBftParams;
import org.parseq.xas.numerics.MakeChiParams;
import org.parseq.xas.numerics.MakeFtParams;

/**
 * A transmission item of one of the original's .pspj projects (columns energy, i0, itr), read
 * from its data file by the original's loading rules and run through make chi, FT and BFT with
 * the project's transform parameters: the arrays that the fit tests of another package start from.
 */
public record ProjectItemChain(ChiResult chi, FtResult ft, BftResult bft, MakeChiParams chiParams,
        MakeFtParams ftParams, MakeBftParams bftParams) {

    /**
     * @param energyLimit         a {@code lim(min, max)} conversion of the energy column, or null
     * @param transformParameters the item's section of the project, parsed
     */
    public static ProjectItemChain transmission(Path file, int skipRows, String energyLimit,
            Map<String, Object> transformParameters) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("eraw", "0");
        columns.put("i0", "1");
        columns.put("itr", "2");
        Map<String, double[]> raw = new ColumnSource(file, columns, skipRows, null,
                energyLimit == null ? Map.of() : Map.of("eraw", energyLimit)).load();
        MakeChiParams cp = ReferenceItem.chiParams(transformParameters);
        MakeFtParams fp = ReferenceItem.ftParams(transformParameters);
        MakeBftParams bp = ReferenceItem.bftParams(transformParameters);
        ChiResult chi = ChiTransform.makeChi(raw.get("eraw"), EntryTransforms.transmission(raw.get("i0"), raw.get("itr")),
                null, cp);
        FtResult ft = FourierTransforms.makeFt(chi.k(), chi.chi(), fp, cp.krange, chi.datakmax(), cp.dk);
        BftResult bft = FourierTransforms.makeBft(chi.k(), ft, bp, cp.krange, cp.dk);
        return new ProjectItemChain(chi, ft, bft, cp, fp, bp);
    }
}
