package org.cascade.data;

import java.util.Arrays;
import org.cascade.region.Pair;
import org.cascade.region.PartnerCode;
import org.cascade.region.StateCode;

/**
 * The levels a run starts from: each state's GDP, each pair's goods turnover and each state's trade with each
 * outside partner (USD/yr, annual rates). A run normally starts from the 2024 base year ({@link #base()}); the
 * whole-model backcast starts from an earlier year's recorded levels. Everything else a run starts from (trust,
 * investment stocks, route volumes, dispute states, population) is the base year's in either case.
 *
 * @param year      the year whose annual rates these are (row 0 of a run)
 * @param gdp       GDP by {@link StateCode} ordinal
 * @param turnover  goods turnover by {@link Pair#index()}
 * @param external  trade by state and {@link PartnerCode} ordinal
 */
public record StartState(int year, double[] gdp, double[] turnover, double[][] external) implements java.io.Serializable {
    public StartState {
        if (gdp.length != StateCode.COUNT || turnover.length != Pair.COUNT || external.length != StateCode.COUNT) {
            throw new IllegalArgumentException("a start state needs " + StateCode.COUNT + " GDPs, " + Pair.COUNT
                + " turnovers and " + StateCode.COUNT + " rows of external trade");
        }
        gdp = gdp.clone();
        turnover = turnover.clone();
        external = Arrays.stream(external).map(double[]::clone).toArray(double[][]::new);
        for (double[] row : external) {
            if (row.length != PartnerCode.COUNT) {
                throw new IllegalArgumentException("external trade needs " + PartnerCode.COUNT + " partners per state");
            }
        }
    }

    private static final StartState BASE = fromBaseYear();

    /** The 2024 base year (section 5 of MODEL.md). */
    public static StartState base() {
        return BASE;
    }

    private static StartState fromBaseYear() {
        double[] gdp = new double[StateCode.COUNT];
        double[][] external = new double[StateCode.COUNT][PartnerCode.COUNT];
        for (StateCode s : StateCode.values()) {
            gdp[s.ordinal()] = BaseYear.GDP.get(s).value();
            for (PartnerCode p : PartnerCode.values()) {
                external[s.ordinal()][p.ordinal()] = BaseYear.externalTrade(s, p).value();
            }
        }
        double[] turnover = new double[Pair.COUNT];
        for (Pair pair : Pair.all()) {
            turnover[pair.index()] = BaseYear.TURNOVER.get(pair).value();
        }
        return new StartState(BaseYear.YEAR, gdp, turnover, external);
    }

    public double gdp(StateCode s) {
        return gdp[s.ordinal()];
    }

    public double turnover(Pair pair) {
        return turnover[pair.index()];
    }

    public double external(StateCode s, PartnerCode p) {
        return external[s.ordinal()][p.ordinal()];
    }

    public boolean isBase() {
        return this == BASE;
    }
}
