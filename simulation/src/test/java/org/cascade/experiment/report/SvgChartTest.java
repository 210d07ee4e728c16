package org.cascade.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgChartTest {
    @Test
    void xTicksOfAShortRunAndOfAParameterReadAsTheirValues() {
        assertThat(SvgChart.tick(2025.5)).isEqualTo("2025.5");
        assertThat(SvgChart.tick(2026)).isEqualTo("2026");
        assertThat(SvgChart.tick(2.0)).isEqualTo("2");
        assertThat(SvgChart.tick(0.25)).isEqualTo("0.25");
        assertThat(SvgChart.tick(-1e-17)).isEqualTo("0");
        assertThat(SvgChart.tick(25_000)).isEqualTo(SvgChart.num(25_000));
    }

    @Test
    void aLineChartOfTwoYearsLabelsItsHalfYears() {
        double[] x = {2025, 2025.5, 2026, 2026.5, 2027};
        double[] y = {1, 2, 3, 4, 5};
        String svg = SvgChart.lines("t", "year", "y", java.util.List.of(new SvgChart.Line("a", x, y, y, y)));
        assertThat(svg).contains(">2025.5</text>").contains(">2026.5</text>");
    }
}
