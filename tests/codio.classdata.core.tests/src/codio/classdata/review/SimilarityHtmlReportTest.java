package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.SimilarPair.Fragment;

/**
 * The similarity report for colleagues: the shared lines of both files side by side with their numbers and a little
 * context, escaped; worded as hints; self-contained; written atomically.
 */
class SimilarityHtmlReportTest {

	/** A line of the report: its number, whether it is marked as shared, its text. */
	private static final Pattern LINE = Pattern
			.compile("<div class=\"l( s)?\"><span class=\"n\">(\\d+)</span><span>(.*?)</span></div>");

	@TempDir
	Path temp;

	private ReviewedProject project(String name, String file, List<String> lines) throws IOException {
		Path folder = temp.resolve(name);
		Files.createDirectories(folder.resolve(file).getParent());
		Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n");
		return new ReviewedProject(name, folder, "Loops", name, "", null, path -> false);
	}

	private static List<String> numbered(String prefix, int count) {
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			lines.add(prefix + " line " + i);
		}
		return lines;
	}

	private List<ReviewedProject> twoProjects() throws IOException {
		List<String> ada = numbered("ada", 20);
		ada.set(9, "if (a < b && b > c) { say(\"<script>alert('x')</script>\"); }");
		return List.of(project("Loops-ada", "src/Solution.java", ada),
				project("Loops-bob", "src/Mine.java", numbered("bob", 30)));
	}

	private static final SimilarPair PAIR = new SimilarPair("Loops-ada", "Loops-bob", 0.87, 40, 0.75, 0.9,
			List.of(new Fragment("src/Solution.java", 8, 12, "src/Mine.java", 20, 24)));

	private static String report(List<ReviewedProject> projects, List<SimilarPair> pairs) throws Exception {
		StringWriter out = new StringWriter();
		new SimilarityHtmlReport(projects, pairs).scope("Loops & more: 2 projects").write(out,
				new NullProgressMonitor());
		return out.toString();
	}

	/** The numbered lines shown in the report, in order, as "number:s|c:text". */
	private static List<String> lines(String html) {
		List<String> lines = new ArrayList<>();
		Matcher matcher = LINE.matcher(html);
		while (matcher.find()) {
			lines.add(matcher.group(2) + (matcher.group(1) != null ? ":s:" : ":c:") + matcher.group(3));
		}
		return lines;
	}

	@Test
	void bothSidesShowTheSharedLinesWithNumbersAndTwoLinesOfContext() throws Exception {
		String html = report(twoProjects(), List.of(PAIR));

		List<String> lines = lines(html);
		List<String> expected = new ArrayList<>();
		for (int line = 6; line <= 14; line++) {
			String text = line == 10 ? "if (a &lt; b &amp;&amp; b &gt; c) { say(&quot;&lt;script&gt;alert(&#39;x&#39;)"
					+ "&lt;/script&gt;&quot;); }" : "ada line " + line;
			expected.add(line + (line >= 8 && line <= 12 ? ":s:" : ":c:") + text);
		}
		for (int line = 18; line <= 26; line++) {
			expected.add(line + (line >= 20 && line <= 24 ? ":s:" : ":c:") + "bob line " + line);
		}
		assertEquals(expected, lines);
		assertTrue(html.contains("Loops-ada: src/Solution.java, lines 8-12"), html);
		assertTrue(html.contains("Loops-bob: src/Mine.java, lines 20-24"), html);
		assertFalse(html.contains("<script>"), "the student's code is text, never markup");
		assertTrue(html.contains("Loops &amp; more: 2 projects"));
	}

	@Test
	void theRankedPairsComeFirstWordedAsHintsAndNothingIsFetched() throws Exception {
		SimilarPair second = new SimilarPair("Loops-bob", "Loops-ada", 0.2, 3, 0.1, 0.1,
				List.of(new Fragment("src/Mine.java", 1, 2, "src/Solution.java", 1, 2)));
		String html = report(twoProjects(), List.of(PAIR, second));

		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(html.contains("never a verdict"), "worded as hints");
		assertTrue(html.contains("<a href=\"#pair-1\">1</a></td><td>Loops-ada</td><td>Loops-bob</td>"
				+ "<td class=\"num\">87%</td><td class=\"num\">75%</td><td class=\"num\">90%</td>"), html);
		assertTrue(html.indexOf("id=\"pair-1\"") < html.indexOf("id=\"pair-2\""));
		assertTrue(html.indexOf("</table>") < html.indexOf("id=\"pair-1\""), "the ranking before the code");
		// self-contained: no script, no stylesheet, image or font from anywhere
		assertFalse(Pattern.compile("<script|<link|<img|src=|url\\(|@import|https?:").matcher(html).find(), html);
		// the first line of a file has no context above it
		assertTrue(lines(html).contains("1:s:bob line 1"));
	}

	@Test
	void aFileThatCannotBeReadIsSaidSoAndTheRestIsShown() throws Exception {
		List<ReviewedProject> projects = twoProjects();
		Files.delete(temp.resolve("Loops-bob/src/Mine.java"));

		String html = report(projects, List.of(PAIR));

		assertTrue(html.contains("The file could not be read"), html);
		assertTrue(lines(html).contains("10:s:if (a &lt; b &amp;&amp; b &gt; c) { say(&quot;&lt;script&gt;alert("
				+ "&#39;x&#39;)&lt;/script&gt;&quot;); }"));
		assertEquals(9, lines(html).size(), "ada's side only");
	}

	@Test
	void aLongFragmentIsCutWithANote() throws Exception {
		List<ReviewedProject> projects = List.of(project("Loops-ada", "a.py", numbered("a", 400)),
				project("Loops-bob", "b.py", numbered("b", 400)));
		SimilarPair longPair = new SimilarPair("Loops-ada", "Loops-bob", 1, 300, 1, 1,
				List.of(new Fragment("a.py", 1, 300, "b.py", 1, 300)));

		String html = report(projects, List.of(longPair));

		int shown = SimilarityHtmlReport.MAX_LINES + SimilarityHtmlReport.CONTEXT;
		assertEquals(2 * shown, lines(html).size());
		assertTrue(html.contains("and " + (300 - SimilarityHtmlReport.MAX_LINES) + " more shared lines"), html);
	}

	@Test
	void writtenAtomicallyAndACancelLeavesTheOldReport() throws Exception {
		List<ReviewedProject> projects = twoProjects();
		Path target = temp.resolve("report.html");
		new SimilarityHtmlReport(projects, List.of(PAIR)).write(target, new NullProgressMonitor());
		String first = Files.readString(target);
		assertTrue(first.endsWith("</body></html>\n"));

		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(InterruptedException.class,
				() -> new SimilarityHtmlReport(projects, List.of(PAIR, PAIR)).write(target, cancelled));

		assertEquals(first, Files.readString(target), "the earlier report is untouched");
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of("Loops-ada", "Loops-bob", "report.html"),
					files.map(path -> path.getFileName().toString()).sorted().toList(), "no temporary file left");
		}
	}

	@Test
	void escapingCoversMarkupQuotesAndControlCharacters() {
		assertEquals("&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co\t\uFFFD&lt;/a&gt;",
				SimilarityHtmlReport.escape("<a href=\"x\">O'Neil & co\t\u0007</a>"));
	}
}
