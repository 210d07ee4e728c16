package org.cascade.experiment;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cascade.params.ParameterSet;
import org.cascade.run.LatinHypercube;
import org.cascade.run.Seeds;
import org.cascade.run.output.Json;
import org.cascade.run.output.Version;

/**
 * The provenance JSON of an experiment (format in simulation/OUTPUTS.md): model version, the experiment file and its
 * hash, every arm's scenario (source, hash) and every parameter value it runs with before draws, the master seed,
 * seed and draw rules, replicates, uncertainty mode, horizons, outcomes, design points, the engine, threads, shards,
 * start and end times and the command that reproduces the experiment.
 */
public final class ExperimentProvenance {
    private ExperimentProvenance() {
    }

    public static void write(ExperimentResult r, List<String> command, Writer w) throws IOException {
        ExperimentSpec s = r.spec();
        List<String> f = new ArrayList<>();
        f.add(kv("model", Json.string("CASCADE")));
        f.add(kv("model_version", Json.string(Version.get())));
        f.add(kv("experiment_file", Json.string(s.file())));
        f.add(kv("experiment_sha256", Json.string(s.sha256())));
        f.add(kv("title", Json.string(s.title())));
        f.add(kv("kind", Json.string(s.kind().id())));
        f.add(kv("plan_fingerprint", Json.string(r.plan().fingerprint())));
        f.add(kv("master_seed", Long.toString(s.masterSeed())));
        f.add(kv("seed_rule", Json.string(s.uncertainty().seedRule())));
        f.add(kv("draw_rule", Json.string(s.uncertainty().drawsParameters()
            ? "row r of one Latin hypercube over the uncertainty catalogue, shared by every arm and point; "
            + LatinHypercube.RULE : "none")));
        f.add(kv("replicates", Integer.toString(s.replicates())));
        f.add(kv("runs", Long.toString(s.runCount())));
        f.add(kv("run_limit", Long.toString(s.runLimit())));
        f.add(kv("chunk_size", Integer.toString(RunPlan.CHUNK_SIZE)));
        f.add(kv("chunks", Integer.toString(r.plan().chunks().size())));
        f.add(kv("uncertainty", Json.string(s.uncertainty().id())));
        f.add(kv("years", Integer.toString(s.years())));
        f.add(kv("horizons", "[" + String.join(", ", s.horizons().stream().map(String::valueOf).toList()) + "]"));
        f.add(kv("precision", Json.number(s.precision())));
        f.add(kv("outcomes", "[" + String.join(", ", s.outcomes().stream()
            .map(k -> "{\"metric\": " + Json.string(k.metric()) + ", \"subject\": " + Json.string(k.subject()) + "}")
            .toList()) + "]"));
        List<String> arms = new ArrayList<>();
        for (Arm a : s.arms()) {
            ParameterSet effective = a.scenario().parameters().withAll(a.overrides());
            arms.add("{\n      \"name\": " + Json.string(a.name()) + ",\n      \"scenario\": " + Json.string(a.scenario().id())
                + ",\n      \"scenario_source\": " + Json.string(a.source()) + ",\n      \"scenario_sha256\": "
                + Json.string(a.scenario().sha256()) + ",\n      \"scenario_events\": " + a.scenario().events().size()
                + ",\n      \"overrides\": " + map(a.overrides()) + ",\n      \"parameters\": " + map(effective.all())
                + "\n    }");
        }
        f.add(kv("arms", "[\n    " + String.join(",\n    ", arms) + "\n  ]"));
        if (!s.sweep().isEmpty()) {
            f.add(kv("sweep", "[" + String.join(", ", s.sweep().stream().map(x -> "{\"parameter\": "
                + Json.string(x.parameter()) + ", \"values\": [" + String.join(", ", x.values().stream()
                .map(Json::number).toList()) + "]}").toList()) + "]"));
        }
        if (s.sensitivity() != null) {
            SensitivitySettings ss = s.sensitivity();
            f.add(kv("sensitivity", "{\"method\": " + Json.string(ss.method()) + ", \"parameters\": ["
                + String.join(", ", ss.parameters().stream().map(Json::string).toList()) + "], \"trajectories\": "
                + ss.trajectories() + ", \"levels\": " + ss.levels() + ", \"n\": " + ss.n() + ", \"points\": "
                + ss.points() + "}"));
        }
        ExperimentResult.Run run = r.run();
        f.add(kv("engine", Json.string(run.engine())));
        f.add(kv("threads", Integer.toString(run.threads())));
        f.add(kv("shards", "[" + String.join(", ", run.shards().stream().map(Json::string).toList()) + "]"));
        if (!run.details().isEmpty()) {
            List<String> d = new ArrayList<>();
            run.details().forEach((k, v) -> d.add(kv(k, Json.string(v))));
            f.add(kv("engine_details", "{" + String.join(", ", d) + "}"));
        }
        f.add(kv("started", Json.string(DateTimeFormatter.ISO_INSTANT.format(run.start().truncatedTo(ChronoUnit.MILLIS)))));
        f.add(kv("ended", Json.string(DateTimeFormatter.ISO_INSTANT.format(run.end().truncatedTo(ChronoUnit.MILLIS)))));
        f.add(kv("java_version", Json.string(System.getProperty("java.version", ""))));
        f.add(kv("command_line", "[" + String.join(", ", command.stream().map(Json::string).toList()) + "]"));
        f.add(kv("replicate_seed_function", Json.string(Seeds.SEED_RULE)));
        w.write("{\n  " + String.join(",\n  ", f) + "\n}\n");
    }

    private static String kv(String k, String v) {
        return Json.string(k) + ": " + v;
    }

    private static String map(Map<String, Double> m) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> e : m.entrySet()) {
            parts.add(Json.string(e.getKey()) + ": " + Json.number(e.getValue()));
        }
        return "{" + String.join(", ", parts) + "}";
    }
}
