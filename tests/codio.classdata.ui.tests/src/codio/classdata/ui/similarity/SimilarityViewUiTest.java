package codio.classdata.ui.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.SimilarPair;
import codio.classdata.review.SimilarPair.Fragment;
import codio.classdata.review.StarterBaseline;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.WorkbenchTestSupport;
import codio.classdata.workspace.ProjectOrigin;

/**
 * The Codio Similarity view on six imported projects of one assignment, one of them a disguised copy of another
 * (renamed, recommented, re-indented, reordered), and one project of another assignment: Find Similar Code from the
 * Project Explorer, the ranked pairs, the threshold, the fragments, Compare, and both exports.
 */
class SimilarityViewUiTest {

	private static final String[] STATEMENTS = { "int %1$s = %2$d;", "%1$s += %2$d * %1$s;",
			"if (%1$s > %2$d) { %1$s = %1$s - %2$d; } else { %1$s++; }",
			"for (int i = 0; i < %2$d; i++) { %1$s += i; }", "while (%1$s %% %2$d != 0) { %1$s--; }",
			"System.out.println(\"value \" + %1$s);", "%1$s = Math.max(%1$s, %2$d) / 2;",
			"String %1$sText = String.valueOf(%1$s).trim();", "%1$s = (%1$s << 1) ^ %2$d;",
			"long %1$sLong = (long) %1$s * %2$d;" };

	private static final String STARTER = """
			package work;

			public class Main {
				public static void main(String[] args) {
					System.out.println(Solution.step0(5));
				}
			}
			""";

	@TempDir
	Path temp;
	private final List<IProject> projects = new ArrayList<>();
	private SimilarityView view;

	/** A student's own code: methods of statements a seed chooses, with the given names, literals and comments. */
	private static String program(long seed, String variable, int literalShift, boolean reversed, String comment,
			String indent) {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> methods = new ArrayList<>();
		for (int m = 0; m < 4; m++) {
			StringBuilder method = new StringBuilder(indent + "// " + comment + " " + m + "\n" + indent
					+ "static int step" + m + "(int " + variable + ") {\n");
			for (int s = 0; s < 8; s++) {
				method.append(indent).append(indent).append(STATEMENTS[random.nextInt(STATEMENTS.length)]
						.formatted(variable, 2 + random.nextInt(40) + literalShift)).append('\n');
			}
			method.append(indent).append(indent).append("return ").append(variable).append(";\n").append(indent)
					.append("}\n");
			methods.add(method.toString());
		}
		if (reversed) {
			Collections.reverse(methods);
		}
		return "package work;\n\npublic class Solution {\n" + String.join("\n", methods) + "}\n";
	}

	private IProject project(String assignment, String student, String solution, Path baseline) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(assignment + "-" + student);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		Path folder = Files.createDirectories(project.getLocation().toPath().resolve("src/work"));
		Files.writeString(folder.resolve("Main.java"), STARTER);
		Files.writeString(folder.resolve("Solution.java"), solution);
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		new ProjectOrigin(assignment, student).writeTo(project);
		StarterBaseline.write(project, baseline);
		projects.add(project);
		return project;
	}

	@BeforeEach
	void aClassWithOneDisguisedCopy() throws Exception {
		Path baseline = Files.createDirectories(temp.resolve("starter/src/work"));
		Files.writeString(baseline.resolve("Main.java"), STARTER);
		Path starter = temp.resolve("starter");
		project("Loops", "ada", program(1, "total", 0, false, "adds up the steps", "\t"), starter);
		project("Loops", "bob", program(1, "sum", 7, true, "my own work", "    "), starter);
		for (String student : List.of("cy", "dee", "eve", "fay")) {
			project("Loops", student, program(student.hashCode(), student + "Value", 0, false, "mine", "\t"),
					starter);
		}
		project("Sums", "gus", program(1, "total", 0, false, "adds up the steps", "\t"), starter);

		WorkbenchTestSupport.closeOtherShells();
		WorkbenchTestSupport.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 800);
		view = (SimilarityView) WorkbenchTestSupport.page().showView(SimilarityView.ID);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Job.getJobManager().cancel(JobFamilies.SIMILARITY);
		Job.getJobManager().join(JobFamilies.SIMILARITY, null);
		WorkbenchTestSupport.page().closeAllEditors(false);
		WorkbenchTestSupport.page().hideView(view);
		for (IProject project : projects) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	/** Selects the projects in the Project Explorer and runs Find Similar Code there, as the popup menu does. */
	private void findSimilarCodeOn(List<IProject> selected) throws Exception {
		IViewPart explorer = WorkbenchTestSupport.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(selected));
		WorkbenchTestSupport.settle(300);
		explorer.getSite().getService(IHandlerService.class).executeCommand(UiIds.FIND_SIMILAR_COMMAND, null);
		WorkbenchTestSupport.waitUntil(() -> view.result() != null
				&& Job.getJobManager().find(JobFamilies.SIMILARITY).length == 0, "the search", 60_000);
		WorkbenchTestSupport.settle(200);
	}

	@Test
	void theDisguisedCopyRanksFirstWithItsFragmentsThresholdCompareAndExports() throws Exception {
		findSimilarCodeOn(projects.subList(0, 6));

		SimilarityResult result = view.result();
		assertEquals(6, result.projects().size());
		SimilarPair top = result.pairs().get(0);
		assertEquals(Set.of("Loops-ada", "Loops-bob"), Set.of(top.a(), top.b()), result.pairs().toString());
		assertTrue(top.score() > 0.6, top.toString());
		Table table = view.pairsViewer().getTable();
		assertEquals(top, table.getItem(0).getData(), "the top pair first, and selected");
		assertEquals(top.a(), table.getItem(0).getText(0));
		assertEquals(PairColumn.percentOf(top.score()) + "%", table.getItem(0).getText(2));
		assertEquals(String.valueOf(top.fragments().size()), table.getItem(0).getText(5));
		assertTrue(view.statusText().startsWith("6 projects compared;"), view.statusText());

		// the threshold hides the weaker pairs, and is kept for the next time the view opens
		view.setThreshold(0);
		assertEquals(result.pairs().size(), table.getItemCount());
		int topPercent = PairColumn.percentOf(top.score());
		view.setThreshold(topPercent + 1);
		long above = result.pairs().stream().filter(p -> PairColumn.percentOf(p.score()) > topPercent).count();
		assertEquals(above, table.getItemCount());
		assertEquals(0, above, "nothing scores above the top pair");
		view.setThreshold(30);
		long from30 = result.pairs().stream().filter(p -> PairColumn.percentOf(p.score()) >= 30).count();
		assertEquals(from30, table.getItemCount());
		assertEquals(from30, view.shownPairs().size());
		assertTrue(from30 < result.pairs().size(), "some weaker pairs are hidden: " + result.pairs());

		// sorting: by score ascending, then descending; the top pair comes back first
		table.getColumn(2).notifyListeners(SWT.Selection, new Event());
		assertTrue(((SimilarPair) table.getItem(0).getData()).score() <= top.score());
		assertEquals(top, table.getItem(table.getItemCount() - 1).getData());
		table.getColumn(2).notifyListeners(SWT.Selection, new Event());
		assertEquals(top, table.getItem(0).getData());

		// the selected pair's fragments, all in the students' own file, the longest selected
		view.pairsViewer().setSelection(new StructuredSelection(top), true);
		Table fragments = view.fragmentsViewer().getTable();
		assertEquals(top.fragments().size(), fragments.getItemCount());
		for (Fragment fragment : top.fragments()) {
			assertEquals("src/work/Solution.java", fragment.fileA(), "starter code never counts");
		}
		Fragment first = top.fragments().get(0);
		assertEquals(first, view.fragmentsViewer().getStructuredSelection().getFirstElement());
		assertEquals(first.firstLineA() + "\u2013" + first.lastLineA(), fragments.getItem(0).getText(1));

		// the picture for the Guide: a lower threshold, so the weaker pairs below the copy show too
		view.setThreshold(20);
		view.pairsViewer().setSelection(new StructuredSelection(top), true);
		Display display = Display.getCurrent();
		WorkbenchTestSupport.page().toggleZoom(WorkbenchTestSupport.page().getReference(view));
		Shell shell = view.getSite().getShell();
		// copied from the screen: printing the shell leaves GTK's table headers out
		WorkbenchTestSupport.saveScreenshot(display.map(shell, null, shell.getClientArea()), "similarity-view.png");
		WorkbenchTestSupport.page().toggleZoom(WorkbenchTestSupport.page().getReference(view));
		view.setThreshold(30);

		// Compare: both files side by side, the fragment's lines highlighted and in view on each side
		view.openCompare();
		WorkbenchTestSupport.waitUntil(() -> WorkbenchTestSupport.page().getActiveEditor() != null && WorkbenchTestSupport
				.page().getActiveEditor().getEditorInput() instanceof FragmentCompareInput input
				&& input.getCompareResult() != null && input.viewer() != null, "the compare editor", 30_000);
		IEditorPart editor = WorkbenchTestSupport.page().getActiveEditor();
		FragmentCompareInput input = (FragmentCompareInput) editor.getEditorInput();
		assertEquals(first, input.fragment());
		assertEquals(top.a() + " and " + top.b() + ": shared fragment 1", editor.getTitle());
		WorkbenchTestSupport.settle(300);
		FragmentViewer shown = input.viewer();
		assertEquals(top.a() + ": src/work/Solution.java (lines " + first.firstLineA() + "-" + first.lastLineA()
				+ " shared)", shown.header(0));
		assertEquals(top.b() + ": src/work/Solution.java (lines " + first.firstLineB() + "-" + first.lastLineB()
				+ " shared)", shown.header(1));
		assertHighlighted(shown.text(0), first.firstLineA(), first.lastLineA(),
				Files.readString(location(top.a()).resolve("src/work/Solution.java")));
		assertHighlighted(shown.text(1), first.firstLineB(), first.lastLineB(),
				Files.readString(location(top.b()).resolve("src/work/Solution.java")));
		WorkbenchTestSupport.page().toggleZoom(WorkbenchTestSupport.page().getReference(editor));
		WorkbenchTestSupport.saveScreenshot(editor.getSite().getShell(), "similarity-compare.png");
		WorkbenchTestSupport.page().toggleZoom(WorkbenchTestSupport.page().getReference(editor));
		WorkbenchTestSupport.page().closeAllEditors(false);

		// exports of the pairs shown: the CSV, one row per fragment; the report, with the code of both sides
		Path csv = temp.resolve("similarity.csv");
		Job csvJob = SimilarityExports.csv(view.shownPairs(), csv);
		csvJob.schedule();
		csvJob.join();
		assertTrue(csvJob.getResult().isOK(), csvJob.getResult().toString());
		List<String> rows = Files.readAllLines(csv);
		assertTrue(rows.get(0).startsWith("Project A,Project B,Score,"), rows.get(0));
		assertEquals(1 + view.shownPairs().stream().mapToInt(p -> p.fragments().size()).sum(), rows.size());
		assertTrue(rows.get(1).startsWith(top.a() + "," + top.b() + ","), rows.get(1));
		Path html = temp.resolve("similarity.html");
		Job htmlJob = SimilarityExports.html(result, view.shownPairs(), "Loops", html);
		htmlJob.schedule();
		htmlJob.join();
		assertTrue(htmlJob.getResult().isOK(), htmlJob.getResult().toString());
		String report = Files.readString(html);
		assertTrue(report.contains("never a verdict"));
		assertTrue(report.contains(top.a() + ": src/work/Solution.java, lines " + first.firstLineA() + "-"
				+ first.lastLineA()), "the fragment's side of A");
		String firstSharedLine = Files.readAllLines(location(top.b()).resolve("src/work/Solution.java"))
				.get(first.firstLineB() - 1).strip();
		assertTrue(report.contains(escape(firstSharedLine)), "B's code shown: " + firstSharedLine);
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of("similarity.csv", "similarity.html", "starter"),
					files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
		}

		// the threshold is remembered: a new view starts from it (25: not the first-time default of 30)
		view.setThreshold(25);
		WorkbenchTestSupport.page().hideView(view);
		view = (SimilarityView) WorkbenchTestSupport.page().showView(SimilarityView.ID);
		assertEquals(25, view.threshold());
		assertEquals(null, view.result(), "a new view starts empty, saying what to do");
	}

	@Test
	void oneSelectedProjectIsComparedWithItsAssignmentAndALoneOneIsSaidToBeTooFew() throws Exception {
		findSimilarCodeOn(List.of(projects.get(2)));
		assertEquals(List.of("Loops-ada", "Loops-bob", "Loops-cy", "Loops-dee", "Loops-eve", "Loops-fay"),
				view.result().projects().stream().map(p -> p.name()).sorted().toList(),
				"the assignment's projects; Sums-gus (a copy of ada in another assignment) is not among them");
		assertNotNull(view.result().pairs().get(0));

		IProject alone = projects.get(6);
		assertEquals("Sums-gus", alone.getName());
		Job search = view.find(List.of(alone));
		assertNotNull(search);
		search.join();
		WorkbenchTestSupport.waitUntil(() -> view.result().projects().size() == 1, "the lone search");
		WorkbenchTestSupport.settle(200);
		assertEquals(List.of(), view.result().pairs());
		assertTrue(view.statusText().contains("at least two student projects"), view.statusText());
	}

	private Path location(String project) {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(project).getLocation().toPath();
	}

	/** The fragment's lines have the fragment's colour, the lines around them do not, and the first is in view. */
	private static void assertHighlighted(StyledText text, int first, int last, String content) {
		assertEquals(content, text.getText());
		for (int line = first; line <= last; line++) {
			assertEquals(FragmentViewer.fragmentColor(), text.getLineBackground(line - 1), "line " + line);
		}
		if (first > 1) {
			assertTrue(!FragmentViewer.fragmentColor().equals(text.getLineBackground(first - 2)),
					"line " + (first - 1) + " is not the fragment's");
		}
		int top = text.getTopIndex();
		assertTrue(top <= first - 1 && first - 1 < top + Math.max(1, text.getClientArea().height
				/ text.getLineHeight()), "line " + first + " in view; top line " + (top + 1));
	}

	private static String escape(String code) {
		return code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
				.replace("'", "&#39;");
	}
}
