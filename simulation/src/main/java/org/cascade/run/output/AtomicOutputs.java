package org.cascade.run.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of output files so that none appears unless all were written completely: each is written to a
 * hidden temporary file in its target directory, and only after every one succeeded are they moved into place
 * (atomically where the file system allows). On any failure the temporary files are deleted. Use:
 * <pre>
 * try (AtomicOutputs out = new AtomicOutputs()) {
 *     out.write(csvPath, w -&gt; TidyCsvWriter.write(result, w));
 *     out.write(jsonPath, w -&gt; ProvenanceJson.write(provenance, w));
 *     out.commit();
 * }   // closing without commit() deletes the temporary files
 * </pre>
 */
public final class AtomicOutputs implements AutoCloseable {
    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private boolean committed;

    /**
     * Why a file cannot be written at {@code target}, or empty when its directory exists and is writable.
     * Checked before a run so a long run does not end in an unwritable path.
     */
    public static String problemWith(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null) {
            return "cannot write " + target + ": no directory";
        }
        if (Files.isDirectory(abs)) {
            return "cannot write " + target + ": it is a directory";
        }
        if (!Files.exists(dir)) {
            return "cannot write " + target + ": directory " + dir + " does not exist";
        }
        if (!Files.isDirectory(dir)) {
            return "cannot write " + target + ": " + dir + " is not a directory";
        }
        if (!Files.isWritable(dir)) {
            return "cannot write " + target + ": directory " + dir + " is not writable";
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            return "cannot write " + target + ": the file exists and is not writable";
        }
        return "";
    }

    /** Writes {@code content} to a temporary file beside {@code target} (UTF-8, buffered). */
    public void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        // Not Files.createTempFile: that makes the file owner-only (0600); this one gets the usual permissions.
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        Files.createFile(tmp);
        pending.put(abs, tmp);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
            content.writeTo(w);
        }
    }

    /** Moves every temporary file into place; the targets, in the order written. */
    public List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : pending.entrySet()) {
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(e.getKey());
        }
        committed = true;
        pending.clear();
        return done;
    }

    /** Deletes the temporary files of an uncommitted set. */
    @Override
    public void close() {
        if (!committed) {
            for (Path tmp : pending.values()) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: nothing else to do
                }
            }
            pending.clear();
        }
    }
}
