package org.cascade.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExperimentReportTest {
    @Test
    void everyFigureGetsItsOwnNumberedSvgAndPngButtons() {
        String html = ExperimentReport.withDownloadButtons(
            "<h2>x</h2><figure><svg id=a></svg></figure>\n<figure><svg id=b></svg></figure><p>end</p>");
        assertThat(html).startsWith("<h2>x</h2><figure><svg id=a></svg><figcaption").endsWith("</figure><p>end</p>");
        assertThat(html.indexOf("'chart-1.png'")).isBetween(html.indexOf("id=a"), html.indexOf("id=b"));
        assertThat(html.indexOf("'chart-2.png'")).isGreaterThan(html.indexOf("id=b"));
        assertThat(html).doesNotContain("chart-3");
    }
}
