package org.cascade.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cascade.params.ParameterSet;
import org.cascade.results.LoggedEvent;
import org.cascade.results.Metrics;
import org.cascade.results.RunResult;
import org.cascade.results.SeriesKey;

/** Hand-built run results for tests that do not need the model. */
public final class Fixtures {
    private Fixtures() {
    }

    public static List<SeriesKey> keys() {
        return List.of(new SeriesKey(Metrics.GDP, "KZ"), new SeriesKey(Metrics.GDP, "UZ"),
            new SeriesKey(Metrics.TRADE, "KZ-AZ"), new SeriesKey(Metrics.REGIONAL_TRADE, Metrics.REGION),
            new SeriesKey(Metrics.MIDDLE_CORRIDOR, Metrics.TITR), new SeriesKey(Metrics.COOPERATION_INDEX, Metrics.REGION),
            new SeriesKey("odd,metric", "sub\"ject"));
    }

    /** A result with {@code months + 1} steps whose values depend on the seed (random but reproducible). */
    public static RunResult result(String scenario, long seed, int years) {
        List<SeriesKey> keys = keys();
        Random rnd = new Random(seed);
        double[][] v = new double[years * 12 + 1][keys.size()];
        for (int s = 0; s < v.length; s++) {
            for (int k = 0; k < keys.size(); k++) {
                v[s][k] = k == 0 ? 288e9 * (1 + 0.001 * s) + rnd.nextGaussian() * 1e9 : rnd.nextGaussian() * (k + 1) + s;
            }
        }
        List<LoggedEvent> events = new ArrayList<>();
        events.add(new LoggedEvent(3, "clash", "KG-TJ", "KG-TJ border closed: clash after tension 0.82, \"severe\"", false));
        events.add(new LoggedEvent(7, "summit", "ots", "OTS summit", true));
        return new RunResult(scenario, seed, years, ParameterSet.defaults().with("trade.elasticity", 5), keys, v, events);
    }
}
