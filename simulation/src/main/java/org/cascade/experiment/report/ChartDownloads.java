package org.cascade.experiment.report;

/**
 * The report's chart downloads: a small script, inlined in the self-contained HTML report and run by the web
 * explorer's experiment page, that saves an inline SVG chart as an SVG file or draws it on a canvas and saves it as
 * PNG ({@code canvas.toBlob('image/png')}). The browser rasterises, so the simulation needs no imaging library, and
 * the report still opens offline from a file.
 */
public final class ChartDownloads {
    /** Pixels per SVG unit of the PNG: twice the chart's size, sharp on slides and high-density screens. */
    public static final int PNG_SCALE = 2;

    /**
     * Defines {@code cascadeChart(svg, name, png)} ({@code svg} an SVG element or its text) and
     * {@code cascadeChartUrl(url, name)} (fetches an SVG and saves it as PNG), once per page.
     */
    public static final String SCRIPT = """
        window.cascadeChart = window.cascadeChart || function (svg, name, png) {
          var text = typeof svg === 'string' ? svg : new XMLSerializer().serializeToString(svg);
          function save(blob) {
            var a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = name;
            document.body.appendChild(a);
            a.click();
            a.remove();
            setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
          }
          if (!png) {
            save(new Blob([text], {type: 'image/svg+xml'}));
            return;
          }
          var root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
          var w = parseFloat(root.getAttribute('width')) || 640, h = parseFloat(root.getAttribute('height')) || 400;
          var img = new Image();
          img.onload = function () {
            var c = document.createElement('canvas');
            c.width = Math.round(w * %1$d);
            c.height = Math.round(h * %1$d);
            var g = c.getContext('2d');
            g.fillStyle = '#fff';
            g.fillRect(0, 0, c.width, c.height);
            g.drawImage(img, 0, 0, c.width, c.height);
            c.toBlob(save, 'image/png');
          };
          img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
        };
        window.cascadeChartUrl = window.cascadeChartUrl || function (url, name) {
          fetch(url).then(function (r) { return r.text(); }).then(function (t) { window.cascadeChart(t, name, true); });
        };
        """.formatted(PNG_SCALE);

    private ChartDownloads() {
    }

    /** The SVG and PNG buttons under chart {@code n} (1-based) of a report; they save {@code chart-n.svg|png}. */
    public static String buttons(int n) {
        return buttons("chart-" + n);
    }

    /**
     * The SVG and PNG buttons of the chart in the same {@code <figure>}; they save {@code stem.svg} and
     * {@code stem.png} ({@code stem} of letters, digits and '-').
     */
    public static String buttons(String stem) {
        if (!stem.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not a file stem: " + stem);
        }
        String target = "this.closest('figure').querySelector('svg')";
        return "<figcaption class=\"chart-downloads\"><button type=\"button\" class=\"chart-svg\" onclick=\"cascadeChart("
            + target + ",'" + stem + ".svg',false)\">SVG</button> <button type=\"button\" class=\"chart-png\" "
            + "onclick=\"cascadeChart(" + target + ",'" + stem + ".png',true)\">PNG</button></figcaption>";
    }
}
