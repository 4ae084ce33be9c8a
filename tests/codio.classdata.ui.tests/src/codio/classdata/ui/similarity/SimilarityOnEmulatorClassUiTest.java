package codio.classdata.ui.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.ExportKind;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.review.AttachStarterSourcesOperation;
import codio.classdata.review.SimilarPair;
import codio.classdata.ui.CodioSession;
import codio.classdata.ui.EmulatorClass;
import codio.classdata.ui.JobFamilies;
import codio.classdata.ui.UiIds;
import codio.classdata.ui.WorkbenchTestSupport;

/**
 * The Codio Similarity view on an emulator class: the class export and its published sources downloaded from Codio
 * and imported. The emulator's students all write the class's common program (the same tokens, other literals),
 * which never counts; one student's own code copied into another's with renamed identifiers, new comments and
 * layout ranks first, and pairs that share only the common code stay far below it.
 */
class SimilarityOnEmulatorClassUiTest {

	@TempDir
	Path temp;
	private CodioEmulator emulator;
	private final List<IProject> imported = new ArrayList<>();
	private SimilarityView view;

	@BeforeEach
	void aJavaClassWithItsSources() throws Exception {
		emulator = CodioEmulator.startDemo();
		emulator.state().setStudentsPerClass(8);
		emulator.state().setFilesPerWorkspace(3);
		emulator.state().setTaskDelay(Duration.ofMillis(50));
		EmulatorClass javaClass = EmulatorClass.tagged(WorkbenchTestSupport.signInTo(emulator), "java");
		Path sources = javaClass.download(ExportKind.SOURCES, temp);
		imported.addAll(javaClass.importFirstAssignment(javaClass.download(ExportKind.WORKDATA, temp)));
		new AttachStarterSourcesOperation(sources, imported, temp.resolve("baselines")).run(new NullProgressMonitor());
		WorkbenchTestSupport.closeOtherShells();
		WorkbenchTestSupport.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 800);
		view = (SimilarityView) WorkbenchTestSupport.page().showView(SimilarityView.ID);
	}

	@AfterEach
	void cleanUp() throws Exception {
		Job.getJobManager().cancel(JobFamilies.SIMILARITY);
		Job.getJobManager().join(JobFamilies.SIMILARITY, null);
		WorkbenchTestSupport.page().hideView(view);
		for (IProject project : imported) {
			project.delete(true, true, new NullProgressMonitor());
		}
		CodioSession.reset();
		emulator.close();
	}

	/** Code a student wrote beyond the class's common program: what a copy shares. */
	private static final String OWN_WORK = """
			package work;

			public class Stats {
				// the median of the numbers, without changing them
				public static double median(int[] numbers) {
					int[] sorted = numbers.clone();
					java.util.Arrays.sort(sorted);
					int middle = sorted.length / 2;
					if (sorted.length % 2 == 0) {
						return (sorted[middle - 1] + sorted[middle]) / 2.0;
					}
					return sorted[middle];
				}

				public static int longestRun(int[] numbers) {
					int best = 0;
					int current = 0;
					for (int i = 0; i < numbers.length; i++) {
						current = i > 0 && numbers[i] == numbers[i - 1] + 1 ? current + 1 : 1;
						best = Math.max(best, current);
					}
					return best;
				}
			}
			""";

	/** Another student's own work: other code altogether. */
	private static final String OTHER_WORK = """
			package work;

			import java.util.HashMap;
			
			public class WordCount {
				public static Map<String, Integer> count(String text) {
					Map<String, Integer> counts = new HashMap<>();
					for (String word : text.toLowerCase().split("\\W+")) {
						if (!word.isBlank()) {
							counts.merge(word, 1, Integer::sum);
						}
					}
					return counts;
				}
			}
			""";

	private static void write(IProject project, String path, String code) throws Exception {
		Path file = project.getLocation().toPath().resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, code);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	@Test
	void aCopyWithRenamedIdentifiersRanksFirstAndStarterOnlyPairsStayLow() throws Exception {
		IProject original = imported.get(1);
		IProject copy = imported.get(4);
		// the emulator's students all write the class's common program; three of them also write code of their own
		write(original, "code/work/Stats.java", OWN_WORK);
		// the copier renames, comments and lays it out anew
		write(copy, "code/mine/Numbers.java", OWN_WORK.replace("Stats", "Numbers").replace("numbers", "values")
				.replace("sorted", "ordered").replace("best", "longest").replace("current", "run")
				.replace("// the median of the numbers, without changing them", "/* middle value */")
				.replace("\t", "    "));
		write(imported.get(6), "code/work/WordCount.java", OTHER_WORK);

		IViewPart explorer = WorkbenchTestSupport.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(original));
		WorkbenchTestSupport.settle(300);
		explorer.getSite().getService(IHandlerService.class).executeCommand(UiIds.FIND_SIMILAR_COMMAND, null);
		WorkbenchTestSupport.waitUntil(() -> view.result() != null
				&& Job.getJobManager().find(JobFamilies.SIMILARITY).length == 0, "the search", 60_000);

		assertEquals(8, view.result().projects().size(), "one project stands for its assignment's eight");
		List<SimilarPair> pairs = view.result().pairs();
		pairs.forEach(pair -> System.out.printf("similarity on the emulator class: %s %s %.2f %d fragments%n",
				pair.a(), pair.b(), pair.score(), pair.fragments().size()));
		SimilarPair top = pairs.get(0);
		assertEquals(Set.of(original.getName(), copy.getName()), Set.of(top.a(), top.b()));
		assertTrue(top.score() > 0.8, "the copy scores " + top.score());
		for (SimilarPair other : pairs.subList(1, pairs.size())) {
			assertTrue(other.score() < 0.5, "students who share the starter and little else: " + other);
		}
		assertTrue(view.shownPairs().contains(top) && view.shownPairs().get(0).equals(top), "shown first");
	}
}
