package org.cascade.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns MODEL.md into what a reader of the explorer needs: CommonMark with GFM tables and heading anchors, without
 * the generator's comments or build commands, the generated parameter and calibration tables cut out (the view
 * shows them as searchable grids in their place), citations of {@code regional-data.md} linked to the shipped
 * copy, and a table of contents from the headings.
 */
public final class ModelDoc {
    /** Where the view shows the shipped data file the model cites. */
    public static final String DATA_ROUTE = "model/data";
    public static final String DATA_FILE = "regional-data.md";
    /** Generated blocks the view replaces by its own components. */
    static final Set<String> SLOTS = Set.of("parameters", "calibration");

    /** A piece of the document: HTML, or the name of a slot for a component. */
    public record Chunk(String html, String slot) {
        public boolean isSlot() {
            return slot != null;
        }
    }

    /** One table-of-contents entry: heading level (1-3), text and anchor id. */
    public record TocEntry(int level, String text, String id) {
    }

    public record Rendered(List<Chunk> chunks, List<TocEntry> toc) {
    }

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
        .sanitizeUrls(true).build();
    private static final Pattern GENERATED = Pattern.compile(
        "<!-- BEGIN GENERATED: ([a-z-]+) -->\\R(.*?)<!-- END GENERATED: \\1 -->\\R?", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->\\R?", Pattern.DOTALL);
    /** A code span holding a shell command (Maven, the cascade script, java). */
    private static final String COMMAND = "`(?:\\./mvnw|mvn|\\./cascade|java) [^`]*`";
    private static final Pattern COMMAND_IN_PARENS = Pattern.compile("\\s*\\(" + COMMAND + "\\)");
    private static final Pattern COMMAND_SPAN = Pattern.compile(COMMAND);
    private static final Pattern FENCE = Pattern.compile("(?m)^```[^\\n]*\\n(.*?)^```\\s*$\\R?", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("<h([1-3]) id=\"([^\"]+)\">(.*?)</h\\1>");

    private ModelDoc() {
    }

    /** The document as chunks around the slots, and its table of contents. */
    public static Rendered render(String md) {
        List<Chunk> chunks = new ArrayList<>();
        List<TocEntry> toc = new ArrayList<>();
        Matcher m = GENERATED.matcher(md);
        int at = 0;
        StringBuilder pending = new StringBuilder();
        while (m.find()) {
            if (SLOTS.contains(m.group(1))) {
                pending.append(md, at, m.start());
                addHtml(chunks, toc, pending.toString());
                pending.setLength(0);
                chunks.add(new Chunk(null, m.group(1)));
            } else {
                pending.append(md, at, m.start()).append(m.group(2));
            }
            at = m.end();
        }
        pending.append(md.substring(at));
        addHtml(chunks, toc, pending.toString());
        return new Rendered(List.copyOf(chunks), List.copyOf(toc));
    }

    /** Any Markdown file (e.g. the data file) as one piece of HTML, cleaned the same way. */
    public static String toHtml(String md) {
        return html(clean(md));
    }

    private static void addHtml(List<Chunk> chunks, List<TocEntry> toc, String md) {
        String html = html(clean(md));
        Matcher h = HEADING.matcher(html);
        while (h.find()) {
            toc.add(new TocEntry(Integer.parseInt(h.group(1)), h.group(3).replaceAll("<[^>]+>", ""), h.group(2)));
        }
        chunks.add(new Chunk(html, null));
    }

    /** Drops HTML comments and build commands: fenced blocks holding one, commands in parentheses, sentences naming one. */
    static String clean(String md) {
        String s = COMMENT.matcher(md).replaceAll("");
        s = FENCE.matcher(s).replaceAll(f -> COMMAND_SPAN.matcher("`" + f.group(1).trim() + "`").find()
            || f.group(1).contains("mvnw") || f.group(1).contains("./cascade") ? "" : Matcher.quoteReplacement(f.group()));
        s = COMMAND_IN_PARENS.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder();
        for (String block : s.split("\\R\\R", -1)) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(COMMAND_SPAN.matcher(block).find() && !block.startsWith("|") ? dropCommandSentences(block) : block);
        }
        return out.toString();
    }

    private static String dropCommandSentences(String paragraph) {
        String joined = paragraph.replaceAll("\\s*\\R\\s*", " ");
        String[] sentences = joined.split("(?<=[.!?:])\\s+(?=[A-Z(`*])");
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences) {
            if (!COMMAND_SPAN.matcher(sentence).find()) {
                out.append(out.isEmpty() ? "" : " ").append(sentence);
            }
        }
        return out.toString();
    }

    private static String html(String md) {
        Node doc = PARSER.parse(md);
        doc.accept(new DataLinks());
        return RENDERER.render(doc);
    }

    /** Links every mention of the data file (in code or text) to the view that shows it. */
    private static final class DataLinks extends AbstractVisitor {
        @Override
        public void visit(Code code) {
            if (code.getLiteral().endsWith(DATA_FILE) && !(code.getParent() instanceof Link)) {
                Link link = new Link(DATA_ROUTE, null);
                code.insertBefore(link);
                link.appendChild(code);
            }
        }

        @Override
        public void visit(Link link) {
            // already a link: leave its children alone
        }

        @Override
        public void visit(Text text) {
            String lit = text.getLiteral();
            int i = lit.indexOf(DATA_FILE);
            if (i < 0) {
                return;
            }
            Node before = new Text(lit.substring(0, i));
            Link link = new Link(DATA_ROUTE, null);
            link.appendChild(new Text(DATA_FILE));
            Text after = new Text(lit.substring(i + DATA_FILE.length()));
            text.insertBefore(before);
            text.insertBefore(link);
            text.insertBefore(after);
            text.unlink();
            visit(after);
        }
    }
}
