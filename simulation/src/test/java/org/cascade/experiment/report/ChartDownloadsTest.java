package org.cascade.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartDownloadsTest {
    @Test
    void theButtonsOfAChartSaveItUnderItsNumberAsSvgAndPng() {
        String b = ChartDownloads.buttons(3);
        assertThat(b).contains("'chart-3.svg',false").contains("'chart-3.png',true").contains("class=\"chart-png\"");
        assertThat(ChartDownloads.SCRIPT).contains("toBlob(save, 'image/png')").contains("w * 2")
            .doesNotContain("%1$d");
    }
}
