package org.cascade.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny Markdown to HTML converter for MODEL.md: ATX headings, paragraphs, bullet and numbered lists, pipe
 * tables, fenced code, block quotes, and inline code, bold, italics and links. Everything is HTML-escaped first.
 */
public final class Markdown {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    private Markdown() {
    }

    public static String toHtml(String md) {
        List<String> lines = md.replace("\r\n", "\n").lines().toList();
        StringBuilder out = new StringBuilder(md.length() * 2);
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (line.trim().startsWith("```")) {
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).trim().startsWith("```")) {
                    code.append(escape(lines.get(i))).append('\n');
                    i++;
                }
                i++;
                out.append("<pre><code>").append(code).append("</code></pre>\n");
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                int level = h.group(1).length();
                String text = h.group(2);
                out.append("<h").append(level).append(" id=\"").append(slug(text)).append("\">").append(inline(text))
                    .append("</h").append(level).append(">\n");
                i++;
                continue;
            }
            if (line.contains("|") && i + 1 < lines.size() && TABLE_RULE.matcher(lines.get(i + 1)).matches()) {
                out.append("<table>\n<thead><tr>");
                for (String c : cells(line)) {
                    out.append("<th>").append(inline(c)).append("</th>");
                }
                out.append("</tr></thead>\n<tbody>\n");
                i += 2;
                while (i < lines.size() && lines.get(i).contains("|") && !lines.get(i).isBlank()) {
                    out.append("<tr>");
                    for (String c : cells(lines.get(i))) {
                        out.append("<td>").append(inline(c)).append("</td>");
                    }
                    out.append("</tr>\n");
                    i++;
                }
                out.append("</tbody>\n</table>\n");
                continue;
            }
            if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                boolean ordered = !BULLET.matcher(line).matches();
                Pattern p = ordered ? NUMBERED : BULLET;
                out.append(ordered ? "<ol>\n" : "<ul>\n");
                while (i < lines.size()) {
                    Matcher m = p.matcher(lines.get(i));
                    if (!m.matches()) {
                        break;
                    }
                    StringBuilder item = new StringBuilder(m.group(1));
                    i++;
                    // continuation lines: indented, not a new item
                    while (i < lines.size() && !lines.get(i).isBlank() && lines.get(i).startsWith("  ")
                        && !p.matcher(lines.get(i)).matches()) {
                        item.append(' ').append(lines.get(i).trim());
                        i++;
                    }
                    out.append("<li>").append(inline(item.toString())).append("</li>\n");
                }
                out.append(ordered ? "</ol>\n" : "</ul>\n");
                continue;
            }
            if (line.startsWith(">")) {
                StringBuilder q = new StringBuilder();
                while (i < lines.size() && lines.get(i).startsWith(">")) {
                    q.append(lines.get(i).substring(1).trim()).append(' ');
                    i++;
                }
                out.append("<blockquote><p>").append(inline(q.toString().trim())).append("</p></blockquote>\n");
                continue;
            }
            StringBuilder para = new StringBuilder();
            while (i < lines.size() && !lines.get(i).isBlank() && !HEADING.matcher(lines.get(i)).matches()
                && !lines.get(i).trim().startsWith("```") && !BULLET.matcher(lines.get(i)).matches()
                && !(lines.get(i).contains("|") && i + 1 < lines.size() && TABLE_RULE.matcher(lines.get(i + 1)).matches())) {
                para.append(para.isEmpty() ? "" : " ").append(lines.get(i).trim());
                i++;
            }
            if (para.isEmpty()) {
                // a line none of the blocks took (e.g. a lone number-like line): keep it as a paragraph
                para.append(lines.get(i).trim());
                i++;
            }
            out.append("<p>").append(inline(para.toString())).append("</p>\n");
        }
        return out.toString();
    }

    private static List<String> cells(String row) {
        String r = row.trim();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : r.split("(?<!\\\\)\\|", -1)) {
            out.add(c.trim().replace("\\|", "|"));
        }
        return out;
    }

    static String inline(String text) {
        String s = escape(text);
        // code spans first, protected from the other rules
        List<String> codes = new ArrayList<>();
        Matcher c = Pattern.compile("`([^`]+)`").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (c.find()) {
            codes.add("<code>" + c.group(1) + "</code>");
            c.appendReplacement(sb, "\u0000" + (codes.size() - 1) + "\u0000");
        }
        c.appendTail(sb);
        s = sb.toString();
        s = s.replaceAll("\\[([^\\]]+)\\]\\((https?://[^)\\s]+|[#./][^)\\s]*)\\)", "<a href=\"$2\">$1</a>");
        s = s.replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>");
        s = s.replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "<em>$1</em>");
        s = s.replaceAll("(?<![\\w_])_([^_\\s][^_]*)_(?![\\w_])", "<em>$1</em>");
        for (int k = 0; k < codes.size(); k++) {
            s = s.replace("\u0000" + k + "\u0000", codes.get(k));
        }
        return s;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String slug(String s) {
        return s.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
