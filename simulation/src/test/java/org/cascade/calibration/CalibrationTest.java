package org.cascade.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private final List<Calibration.Row> rows = Calibration.table();

    @Test
    void everyBaseYearFigureIsReproducedWithinOnePercentAtStepZero() {
        assertThat(rows).hasSizeGreaterThan(70);
        for (Calibration.Row r : rows) {
            assertThat(r.error()).as(r.metric() + " " + r.subject() + " observed " + r.observed() + " simulated " + r.simulated())
                .isLessThan(0.01);
        }
    }

    @Test
    void headlineFiguresMatchTheDataFile() {
        assertThat(find("middle_corridor_mt", "TITR").simulated()).isCloseTo(4.5, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(find("trade_usd", "KZ-AZ").simulated()).isCloseTo(534e6, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(find("gdp_usd", "KZ").simulated()).isCloseTo(288e9, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(find("route_volume_mt", "cpc").simulated()).isCloseTo(63.01, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(find("route_volume_mt", "btc").simulated()).isCloseTo(5.52, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(find("trade_usd", "AZ-AM").simulated()).isZero();
    }

    @Test
    void partialYearFiguresAreAnnualisedAndSaySo() {
        Calibration.Row kzTm = find("trade_usd", "KZ-TM");
        assertThat(kzTm.observed()).isCloseTo(474e6, org.assertj.core.data.Percentage.withPercentage(0.1));
        assertThat(kzTm.note()).contains("annualised from H1 2024");
        assertThat(find("trade_usd", "UZ-TJ").note()).contains("x12/10");
    }

    private Calibration.Row find(String metric, String subject) {
        return rows.stream().filter(r -> r.metric().equals(metric) && r.subject().equals(subject)).findFirst().orElseThrow();
    }
}
