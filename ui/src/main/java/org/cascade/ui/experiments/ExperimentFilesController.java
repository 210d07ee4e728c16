package org.cascade.ui.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A saved experiment's files: the HTML report (shown in the browser), the tidy CSVs, the provenance JSON and the
 * experiment description (downloads). Only these names; nothing else of the data directory is reachable.
 */
@RestController
public class ExperimentFilesController {
    static final Map<String, MediaType> FILES = Map.of(
        "report.html", MediaType.TEXT_HTML,
        "experiment.csv", MediaType.parseMediaType("text/csv"),
        "horizons.csv", MediaType.parseMediaType("text/csv"),
        "differences.csv", MediaType.parseMediaType("text/csv"),
        "points.csv", MediaType.parseMediaType("text/csv"),
        "provenance.json", MediaType.APPLICATION_JSON,
        "experiment.yaml", MediaType.parseMediaType("application/yaml"));
    private final ExperimentService service;

    public ExperimentFilesController(ExperimentService service) {
        this.service = service;
    }

    private static final java.util.regex.Pattern SVG = java.util.regex.Pattern.compile("(?s)<svg .*?</svg>");
    private static final java.util.regex.Pattern CHART = java.util.regex.Pattern.compile("chart-(\\d{1,3})\\.svg");

    /** The report's charts (inline SVG), in order. */
    static java.util.List<String> charts(Path dir) {
        try {
            String html = Files.readString(dir.resolve("report.html"));
            java.util.List<String> out = new java.util.ArrayList<>();
            java.util.regex.Matcher m = SVG.matcher(html);
            while (m.find()) {
                out.add(m.group());
            }
            return out;
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    @GetMapping("/experiment-files/{id}/{name}")
    public ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String name) throws IOException {
        java.util.regex.Matcher chart = CHART.matcher(name);
        if (chart.matches() && id.matches("[0-9a-f-]{36}")) {
            Optional<Path> dir = service.resultDir(id);
            java.util.List<String> all = dir.map(ExperimentFilesController::charts).orElse(java.util.List.of());
            int n = Integer.parseInt(chart.group(1));
            if (n < 1 || n > all.size()) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("image/svg+xml"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(id.substring(0, 8) + "-" + name).build().toString())
                .body(all.get(n - 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        MediaType type = FILES.get(name);
        if (type == null || !id.matches("[0-9a-f-]{36}")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        Optional<Path> dir = service.resultDir(id);
        if (dir.isEmpty() || !Files.isRegularFile(dir.get().resolve(name))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String stem = id.substring(0, 8) + "-" + name;
        ContentDisposition cd = name.endsWith(".html") ? ContentDisposition.inline().filename(stem).build()
            : ContentDisposition.attachment().filename(stem).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, cd.toString())
            .body(Files.readAllBytes(dir.get().resolve(name)));
    }
}
