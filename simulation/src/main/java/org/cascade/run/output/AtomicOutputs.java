package org.cascade.run.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a run's output files as one set, with a manifest, so that a kill at any moment never leaves a set that
 * claims to be whole but is not, and the next run repairs what a kill left.
 *
 * <p><b>Manifest.</b> {@code <base>.sha256} lists the SHA-256 and name of every file of the set, in the format of
 * {@code sha256sum} ({@code cd DIR && sha256sum -c <base>.sha256} checks a set).
 *
 * <p><b>Protocol.</b> (1) Every file, then the manifest, is written and flushed to disk in a hidden staging directory
 * {@code .<base>.sha256.cascade-staging-<pid>-<random>} beside the targets; the targets are untouched.
 * (2) Commit point: the staging directory is renamed (atomically) to {@code .<base>.sha256.cascade-commit-<pid>-<random>}.
 * (3) The old manifest is moved into that directory, files of the old set that the new set does not have are deleted,
 * each new file is renamed over its target, and the new manifest is renamed into place last. (4) The directory is
 * removed. Hence a manifest at the target always describes the files beside it; while (3) runs there is none.
 *
 * <p><b>Recovery.</b> {@link #recover(Path)} (called before a run writes) deletes staging directories of processes
 * that no longer run (their run never reached the commit point: the old set stays) and completes the commit of
 * commit directories (the new set was whole: it is moved into place), and deletes the hidden {@code .tmp} files of
 * earlier versions. Closing without {@link #commit()} deletes the staging directory.
 */
public final class AtomicOutputs implements AutoCloseable {
    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Extension of the manifest: {@code <base>.sha256}. */
    public static final String MANIFEST_EXTENSION = ".sha256";
    /**
     * Test hook, not for users: when this system property is "true", the writer stops before each step of staging
     * and commit, prints {@code cascade-pause: <step>} on stderr and waits for a line on stdin, so a test can kill
     * the process at a known point.
     */
    public static final String PAUSE_PROPERTY = "cascade.test.pauseAtEachStep";

    static final String STAGING = ".cascade-staging-";
    static final String COMMIT = ".cascade-commit-";
    private static final String OLD_MANIFEST = "old" + MANIFEST_EXTENSION;
    private static final Pattern WORK_DIR = Pattern.compile("\\.(.+)(\\.cascade-(?:staging|commit)-)(\\d+)-[0-9a-f]+");
    private static final Pattern LEGACY_TMP = Pattern.compile("\\..+\\.(csv|json)\\.[0-9a-f]{1,16}\\.tmp");
    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  ([^/\\\\\\n]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Work directories of this JVM that are in use. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Path manifest;
    private final Path staging;
    private final Map<String, String> hashes = new LinkedHashMap<>();
    private final Thread cleanupOnExit;
    private boolean started;
    private boolean committed;
    private boolean closed;

    /**
     * A set whose manifest will be {@code manifest} (a name ending in {@value #MANIFEST_EXTENSION}); every file of
     * the set goes into the manifest's directory. Nothing is created until the first {@link #write}.
     */
    public AtomicOutputs(Path manifest) {
        // not normalize(): "a/../b" must mean what the file system makes of it, as in problemWith
        this.manifest = manifest.toAbsolutePath();
        String name = this.manifest.getFileName().toString();
        if (!name.endsWith(MANIFEST_EXTENSION)) {
            throw new IllegalArgumentException("a manifest name ends in " + MANIFEST_EXTENSION + ": " + manifest);
        }
        this.dir = this.manifest.getParent();
        this.staging = dir.resolve("." + name + STAGING + ProcessHandle.current().pid() + "-"
            + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE));
        this.cleanupOnExit = new Thread(this::close, "cascade-output-cleanup");
    }

    /** The manifest of the set whose CSV is {@code csv}: {@code x.csv} gives {@code x.sha256}. */
    public static Path manifestFor(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return csv.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + MANIFEST_EXTENSION);
    }

    /**
     * Why a file cannot be written at {@code target}, or empty when its directory exists and is writable and the
     * target is absent or a writable regular file. Checked before a run so a long run does not end in an unwritable
     * path, and so that a device, FIFO or directory is never replaced.
     */
    public static String problemWith(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null) {
            return "cannot write " + target + ": no directory";
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            return "cannot write " + target + ": it is " + kind(abs) + ", not a regular file";
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

    /** "a directory", "a FIFO (named pipe)", "a character device", ... (links followed). */
    public static String kind(Path p) {
        if (Files.isDirectory(p)) {
            return "a directory";
        }
        try {
            int type = ((Integer) Files.getAttribute(p, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                case 0100000 -> "a regular file";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** Writes {@code content} (UTF-8) into the staging directory under {@code target}'s name, and flushes it to disk. */
    public void write(Path target, Content content) throws IOException {
        pause("write " + target.getFileName()); // outside the lock, so the exit hook can run while paused
        writeLocked(target, content);
    }

    private synchronized void writeLocked(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        String name = abs.getFileName().toString();
        if (!dir.equals(abs.getParent()) || name.equals(manifest.getFileName().toString()) || name.contains("\n")) {
            throw new IllegalArgumentException(target + " is not a file of the set of " + manifest);
        }
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        if (closed) {
            throw new IOException("the output set was closed (the program is stopping)");
        }
        if (!started) {
            Files.createDirectory(staging);
            LIVE.add(staging.normalize());
            started = true;
            try {
                Runtime.getRuntime().addShutdownHook(cleanupOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: close() still removes the staging directory
            }
        }
        Path file = staging.resolve(name);
        MessageDigest md = sha256();
        // Files.createFile, not createTempFile: the file gets the usual permissions, not owner-only.
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(new BufferedOutputStream(
            Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16), md),
            StandardCharsets.UTF_8), 1 << 16)) {
            content.writeTo(w);
        }
        force(file);
        hashes.put(name, HexFormat.of().formatHex(md.digest()));
    }

    /**
     * Writes the manifest, then moves the set into place (see the class comment); the targets, manifest last.
     * If this fails after the commit point, the next {@link #recover} completes the commit.
     */
    public synchronized List<Path> commit() throws IOException {
        if (!started || committed) {
            throw new IllegalStateException(committed ? "already committed" : "nothing written");
        }
        if (closed) {
            throw new IOException("the output set was closed (the program is stopping)");
        }
        StringBuilder m = new StringBuilder();
        hashes.forEach((name, hash) -> m.append(hash).append("  ").append(name).append('\n'));
        pause("write " + manifest.getFileName());
        Path staged = staging.resolve(manifest.getFileName().toString());
        Files.writeString(staged, m, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        force(staged);
        force(staging);
        pause("commit");
        Path commitDir = dir.resolve(staging.getFileName().toString().replace(STAGING, COMMIT));
        LIVE.add(commitDir.normalize());
        try {
            move(staging, commitDir);
            committed = true;
            LIVE.remove(staging.normalize());
            finish(commitDir, manifest);
        } finally {
            LIVE.remove(commitDir.normalize());
        }
        List<Path> done = new ArrayList<>();
        hashes.keySet().forEach(n -> done.add(dir.resolve(n)));
        done.add(manifest);
        return done;
    }

    /** Deletes the staging directory of a set that was not committed. */
    @Override
    public synchronized void close() {
        if (Thread.currentThread() != cleanupOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // exiting, or never added
            }
        }
        if (started && !committed) {
            deleteTree(staging);
        }
        closed = true;
        LIVE.remove(staging.normalize());
    }

    /**
     * Repairs what killed runs left in {@code dir}: staging directories of processes that no longer run are deleted,
     * commit directories are completed (their set moved into place), and hidden {@code .tmp} files of earlier versions
     * are deleted. Work directories of running processes are left alone. Returns the names of what was repaired.
     */
    public static List<String> recover(Path dir) throws IOException {
        List<String> repaired = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return repaired;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*")) {
            ds.forEach(entries::add);
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            Matcher m = WORK_DIR.matcher(name);
            if (m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !LIVE.contains(p.toAbsolutePath().normalize())
                && !running(Long.parseLong(m.group(3)), p)) {
                if (m.group(2).equals(COMMIT) && m.group(1).endsWith(MANIFEST_EXTENSION)) {
                    finish(p, dir.resolve(m.group(1)));
                } else {
                    deleteTree(p);
                }
                repaired.add(name);
            } else if (LEGACY_TMP.matcher(name).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(p);
                repaired.add(name);
            }
        }
        return repaired;
    }

    /** True when the process that made {@code workDir} (its pid is in the name) still runs. */
    private static boolean running(long pid, Path workDir) {
        if (pid == ProcessHandle.current().pid()) {
            return false; // this JVM's own live directories are in LIVE
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        // A process with that pid may be a later one (pids are reused): it must have started before the directory.
        Optional<Instant> started = h.get().info().startInstant();
        try {
            Instant made = Files.readAttributes(workDir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .lastModifiedTime().toInstant();
            return started.isEmpty() || !started.get().isAfter(made.plusSeconds(1));
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Step (3) of the protocol for the commit directory {@code work} of the set with manifest {@code manifest}; also
     * completes a commit interrupted at any point (every step can be redone).
     */
    private static void finish(Path work, Path manifest) throws IOException {
        Path dir = manifest.getParent();
        Path newManifest = work.resolve(manifest.getFileName().toString());
        if (Files.exists(newManifest, LinkOption.NOFOLLOW_LINKS)) {
            Path old = work.resolve(OLD_MANIFEST);
            if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(manifest);
                } else {
                    move(manifest, old);
                }
            }
            pause("old manifest removed");
            List<String> names = names(newManifest);
            if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                for (String gone : names(old)) {
                    Path target = dir.resolve(gone);
                    if (!names.contains(gone) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(target);
                    }
                }
            }
            for (String name : names) {
                Path staged = work.resolve(name);
                if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
                    move(staged, dir.resolve(name));
                    pause("moved " + name);
                }
            }
            force(dir);
            move(newManifest, manifest);
            force(dir);
            pause("moved " + manifest.getFileName());
        }
        deleteTree(work);
        force(dir);
    }

    /**
     * Checks a committed set against its manifest: every file it lists is beside it and has the listed SHA-256.
     *
     * @return the file names the manifest lists, in order
     * @throws IOException naming the first file that is missing or differs, or a manifest that lists nothing
     */
    public static List<String> verify(Path manifest) throws IOException {
        Path dir = manifest.toAbsolutePath().getParent();
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            Matcher m = MANIFEST_LINE.matcher(line);
            if (!m.matches() || m.group(2).startsWith(".")) {
                continue;
            }
            Path f = dir.resolve(m.group(2));
            MessageDigest md = sha256();
            if (!Files.isRegularFile(f) || !HexFormat.of().formatHex(md.digest(Files.readAllBytes(f))).equals(m.group(1))) {
                throw new IOException(m.group(2) + " is missing or does not match its checksum in " + manifest.getFileName()
                    + "; the set is incomplete or was changed");
            }
            names.add(m.group(2));
        }
        if (names.isEmpty()) {
            throw new IOException(manifest + " lists no files");
        }
        return names;
    }

    /** The file names a manifest lists, in order. */
    private static List<String> names(Path manifest) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            Matcher m = MANIFEST_LINE.matcher(line);
            if (m.matches() && !m.group(2).startsWith(".")) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes a file or a directory (its entries) to disk where the platform allows. */
    private static void force(Path p) {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // directories cannot be opened on some platforms: nothing more to do
        }
    }

    /** Deletes a work directory and the files in it (it holds no subdirectories). */
    private static void deleteTree(Path p) {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                    for (Path f : ds) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: recover() tries again on the next run
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The test hook of {@link #PAUSE_PROPERTY}. */
    private static void pause(String step) {
        if (!Boolean.getBoolean(PAUSE_PROPERTY)) {
            return;
        }
        System.err.println("cascade-pause: " + step);
        System.err.flush();
        try {
            int c;
            do {
                c = System.in.read();
            } while (c != '\n' && c != -1);
            while (c == -1) {
                Thread.sleep(60_000); // the test closed stdin while stopping this process: stay at this step
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
