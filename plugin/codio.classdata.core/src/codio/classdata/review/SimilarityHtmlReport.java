package codio.classdata.review;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.review.SimilarPair.Fragment;

/**
 * Similarity hints as one self-contained HTML file to hand to a colleague: the ranked pairs, then each pair's shared
 * fragments side by side with the lines of both files (read from the projects' folders) and their line numbers.
 * Inline CSS and nothing fetched from anywhere, so it opens the same from a mail attachment or a USB stick. Worded
 * as hints for a person to look at, never as a verdict.
 */
public final class SimilarityHtmlReport {

	/** Lines shown above and below a fragment, so the reader sees where it sits. */
	static final int CONTEXT = 2;
	/** A fragment's lines shown at most; a longer one says how many more there are. */
	static final int MAX_LINES = 150;

	private static final String STYLE = """
			body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1f2328;max-width:1400px}
			h1{font-size:1.6em;margin-bottom:4px}h2{font-size:1.25em;margin-top:32px;border-bottom:1px solid #d0d7de}
			h3{font-size:1em;margin:18px 0 6px}.hint{background:#fff8c5;border:1px solid #d4a72c;padding:8px 12px}
			.scope{color:#57606a}table.pairs{border-collapse:collapse}
			table.pairs th,table.pairs td{border:1px solid #d0d7de;padding:4px 10px;text-align:left}
			table.pairs td.num{text-align:right}.sides{display:grid;grid-template-columns:1fr 1fr;gap:10px}
			.side{border:1px solid #d0d7de;min-width:0}.file{background:#f6f8fa;padding:4px 8px;font-weight:600}
			.code{font-family:ui-monospace,"DejaVu Sans Mono",Consolas,monospace;font-size:12px;overflow-x:auto}
			.l{display:flex;white-space:pre;tab-size:4}.l.s{background:#ffebe9}
			.n{flex:none;width:4em;text-align:right;padding-right:8px;color:#6e7781;user-select:none}
			.l.s .n{color:#cf222e;font-weight:600}.note{color:#57606a;font-style:italic;padding:4px 8px}
			""";

	private final Map<String, ReviewedProject> projects = new HashMap<>();
	private final List<SimilarPair> pairs;
	private final Map<String, List<String>> files = new HashMap<>();
	private final Map<String, String> unreadable = new HashMap<>();
	private String scope = "";

	/**
	 * @param projects the projects compared, whose folders hold the fragments' files
	 * @param pairs    the pairs to show, in the order to show them
	 */
	public SimilarityHtmlReport(List<ReviewedProject> projects, List<SimilarPair> pairs) {
		for (ReviewedProject project : projects) {
			this.projects.put(project.name(), project);
		}
		this.pairs = List.copyOf(pairs);
	}

	/** A line under the title saying what was compared (such as the assignment and the threshold); plain text. */
	public SimilarityHtmlReport scope(String text) {
		this.scope = text;
		return this;
	}

	/**
	 * Writes the report beside {@code target} and moves it into place: a failure or a cancel leaves no
	 * half-written file and the file it would replace unchanged.
	 *
	 * @throws InterruptedException the monitor was cancelled
	 */
	public void write(Path target, IProgressMonitor monitor) throws IOException, InterruptedException {
		FileReplacement.write(target, out -> write(out, monitor));
	}

	/** Writes the report; the fragments' files are read as it goes. */
	public void write(Writer out, IProgressMonitor monitor) throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, ReviewText.SimilarityReport_task, pairs.size() + 1);
		out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">\n<title>");
		out.write(escape(ReviewText.SimilarityReport_title));
		out.write("</title>\n<style>\n" + STYLE + "</style></head>\n<body>\n<h1>");
		out.write(escape(ReviewText.SimilarityReport_title));
		out.write("</h1>\n<p class=\"hint\">" + escape(ReviewText.SimilarityReport_hint) + "</p>\n");
		if (!scope.isBlank()) {
			out.write("<p class=\"scope\">" + escape(scope) + "</p>\n");
		}
		if (pairs.isEmpty()) {
			out.write("<p>" + escape(ReviewText.SimilarityReport_noPairs) + "</p>\n</body></html>\n");
			return;
		}
		writePairsTable(out);
		progress.worked(1);
		for (int i = 0; i < pairs.size(); i++) {
			if (progress.isCanceled()) {
				throw new InterruptedException(ReviewText.SimilarityReport_cancelled);
			}
			writePair(out, i + 1, pairs.get(i));
			progress.worked(1);
		}
		out.write("</body></html>\n");
	}

	private void writePairsTable(Writer out) throws IOException {
		out.write("<table class=\"pairs\">\n<tr><th>#</th><th>" + escape(ReviewText.SimilarityReport_projectA)
				+ "</th><th>" + escape(ReviewText.SimilarityReport_projectB) + "</th><th>"
				+ escape(ReviewText.SimilarityReport_score) + "</th><th>" + escape(ReviewText.SimilarityReport_shareOfA)
				+ "</th><th>" + escape(ReviewText.SimilarityReport_shareOfB) + "</th><th>"
				+ escape(ReviewText.SimilarityReport_fragments) + "</th></tr>\n");
		for (int i = 0; i < pairs.size(); i++) {
			SimilarPair pair = pairs.get(i);
			out.write("<tr><td class=\"num\"><a href=\"#pair-" + (i + 1) + "\">" + (i + 1) + "</a></td><td>"
					+ escape(pair.a()) + "</td><td>" + escape(pair.b()) + "</td><td class=\"num\">"
					+ percent(pair.score()) + "</td><td class=\"num\">" + percent(pair.shareOfA())
					+ "</td><td class=\"num\">" + percent(pair.shareOfB()) + "</td><td class=\"num\">"
					+ pair.fragments().size() + "</td></tr>\n");
		}
		out.write("</table>\n");
	}

	private void writePair(Writer out, int number, SimilarPair pair) throws IOException {
		out.write("<h2 id=\"pair-" + number + "\">" + escape(NLS.bind(ReviewText.SimilarityReport_pairHeading,
				new Object[] { number, pair.a(), pair.b(), percent(pair.score()) })) + "</h2>\n<p>");
		out.write(escape(NLS.bind(ReviewText.SimilarityReport_pairText, new Object[] { pair.fragments().size(),
				pair.a(), percent(pair.shareOfA()), pair.b(), percent(pair.shareOfB()) })) + "</p>\n");
		for (int f = 0; f < pair.fragments().size(); f++) {
			Fragment fragment = pair.fragments().get(f);
			out.write("<h3>" + escape(NLS.bind(ReviewText.SimilarityReport_fragmentHeading, f + 1,
					pair.fragments().size())) + "</h3>\n<div class=\"sides\">\n");
			writeSide(out, pair.a(), fragment.fileA(), fragment.firstLineA(), fragment.lastLineA());
			writeSide(out, pair.b(), fragment.fileB(), fragment.firstLineB(), fragment.lastLineB());
			out.write("</div>\n");
		}
	}

	/** One project's side of a fragment: its file, the shared lines marked, a little context around them. */
	private void writeSide(Writer out, String project, String file, int first, int last) throws IOException {
		out.write("<div class=\"side\"><div class=\"file\">" + escape(NLS.bind(ReviewText.SimilarityReport_side,
				new Object[] { project, file, first, last })) + "</div>\n<div class=\"code\">\n");
		List<String> lines = lines(project, file);
		if (lines == null) {
			out.write("<div class=\"note\">" + escape(NLS.bind(ReviewText.SimilarityReport_unreadable,
					unreadable.get(project + '/' + file))) + "</div>\n</div></div>\n");
			return;
		}
		int shownLast = Math.min(last, first + MAX_LINES - 1);
		for (int line = Math.max(1, first - CONTEXT); line <= Math.min(lines.size(), shownLast + CONTEXT); line++) {
			boolean shared = line >= first && line <= last;
			out.write("<div class=\"l" + (shared ? " s" : "") + "\"><span class=\"n\">" + line + "</span><span>"
					+ escape(lines.get(line - 1)) + "</span></div>\n");
		}
		if (shownLast < last) {
			out.write("<div class=\"note\">" + escape(NLS.bind(ReviewText.SimilarityReport_moreLines,
					last - shownLast)) + "</div>\n");
		}
		out.write("</div></div>\n");
	}

	/** The file's lines, read once; null when it cannot be read (the reason kept for the note). */
	private List<String> lines(String project, String file) {
		String key = project + '/' + file;
		if (files.containsKey(key)) {
			return files.get(key);
		}
		List<String> lines = null;
		ReviewedProject reviewed = projects.get(project);
		if (reviewed == null) {
			unreadable.put(key, ReviewText.SimilarityReport_unknownProject);
		} else {
			Path folder = reviewed.folder().toAbsolutePath().normalize();
			Path path = folder.resolve(file).normalize();
			try {
				if (!path.startsWith(folder)) {
					throw new IOException(file); // a fragment names its project's own files only
				}
				String content;
				try {
					content = Files.readString(path, StandardCharsets.UTF_8);
				} catch (MalformedInputException e) {
					content = Files.readString(path, StandardCharsets.ISO_8859_1); // as the comparison read it
				}
				String[] split = content.split("\r\n|\r|\n", -1);
				// a file's last line break ends its last line; it does not start another
				int count = split.length > 1 && split[split.length - 1].isEmpty() ? split.length - 1 : split.length;
				lines = List.of(split).subList(0, count);
			} catch (IOException e) {
				unreadable.put(key, e.getMessage() == null ? e.toString() : e.getMessage());
			}
		}
		files.put(key, lines);
		return lines;
	}

	private static String percent(double fraction) {
		return Math.round(fraction * 100) + "%";
	}

	/** Text as HTML: markup characters escaped, control characters (which HTML does not allow) made visible. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> escaped.append(c < 0x20 && c != '\t' || c == 0x7f ? '\uFFFD' : c);
			}
		}
		return escaped.toString();
	}
}
