package codio.classdata.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.StarterBaseline;
import codio.classdata.ui.WorkbenchTestSupport;

/** Compare With > Starter Code opens Eclipse Compare on the student's file and the starter's, in the workbench. */
class CompareWithStarterUiTest {

	@TempDir
	Path temp;
	private IProject project;

	@BeforeEach
	void studentProjectWithItsStarter() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Loops-alice");
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		project.getFile("Main.java").create(new ByteArrayInputStream("""
				public class Main {
					public static void main(String[] args) {
						int total = 0;
						for (int i = 1; i <= 5; i++) {
							total += i;
						}
						System.out.println("Loops: " + total);
					}
				}
				""".getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		Path baseline = Files.createDirectories(temp.resolve("Loops"));
		Files.writeString(baseline.resolve("Main.java"), """
				public class Main {
					public static void main(String[] args) {
						// Loops: your code here
					}
				}
				""");
		StarterBaseline.write(project, baseline);
	}

	@AfterEach
	void cleanUp() throws Exception {
		WorkbenchTestSupport.page().closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	void theStudentsFileAgainstTheStarterCodeInACompareEditor() throws Exception {
		IFile file = project.getFile("Main.java");
		Path starter = CompareWithStarterHandler.starterFile(StarterBaseline.read(project).orElseThrow(), file);
		assertTrue(Files.isRegularFile(starter));
		CompareEditorInput input = CompareWithStarterHandler.input(file, starter);

		CompareUI.openCompareEditor(input);
		WorkbenchTestSupport.waitUntil(() -> WorkbenchTestSupport.page().getActiveEditor() != null
				&& WorkbenchTestSupport.page().getActiveEditor().getEditorInput() == input, "the compare editor");

		IEditorPart editor = WorkbenchTestSupport.page().getActiveEditor();
		assertEquals("Main.java in Loops-alice against the starter code", editor.getTitle());
		WorkbenchTestSupport.waitUntil(() -> input.getCompareResult() != null, "the comparison");
		WorkbenchTestSupport.settle(500);
		WorkbenchTestSupport.saveScreenshot(editor.getSite().getShell(), "compare-with-starter.png");
	}

	@Test
	void codiosSettingsFileComparesUnderItsOwnName() {
		IFile moved = project.getFile(".settings.codio");
		assertEquals(temp.resolve("Loops/.settings"),
				CompareWithStarterHandler.starterFile(temp.resolve("Loops"), moved));
	}
}
