package codio.classdata.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.StarterBaseline;
import codio.classdata.ui.WorkbenchTestSupport;

/** The change decorator and the filter for unchanged starter files, in the workbench. */
class StarterChangesUiTest {

	@TempDir
	Path temp;
	private IProject project;

	@BeforeEach
	void studentProjectWithItsStarter() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("Loops-bob");
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		create("Main.java", "class Main { int total = 15; }\n");
		create("README.md", "Read me\n");
		create("Notes.txt", "mine\n");
		Path baseline = Files.createDirectories(temp.resolve("Loops"));
		Files.writeString(baseline.resolve("Main.java"), "class Main { }\n");
		Files.writeString(baseline.resolve("README.md"), "Read me\n");
		StarterBaseline.write(project, baseline);
	}

	@AfterEach
	void cleanUp() throws Exception {
		project.delete(true, true, new NullProgressMonitor());
	}

	private void create(String name, String content) throws Exception {
		project.getFile(name).create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());
	}

	@Test
	void eachFileIsMarkedAddedChangedOrUnchanged() {
		assertEquals(List.of(" [changed]"), suffixes(project.getFile("Main.java")));
		assertEquals(List.of(" [added]"), suffixes(project.getFile("Notes.txt")));
		assertEquals(List.of(" [starter]"), suffixes(project.getFile("README.md")));
		assertEquals(List.of(), suffixes(project.getFile(".project")), "Eclipse's own file is not the student's");
		assertTrue(PlatformUI.getWorkbench().getDecoratorManager().getEnabled(ChangeDecorator.ID),
				"the decorator is on by default");
	}

	@Test
	void theFilterHidesOnlyUnchangedStarterFiles() {
		UnchangedStarterFilesFilter filter = new UnchangedStarterFilesFilter();

		assertFalse(filter.select(null, project, project.getFile("README.md")));
		assertTrue(filter.select(null, project, project.getFile("Main.java")));
		assertTrue(filter.select(null, project, project.getFile("Notes.txt")));
		assertTrue(filter.select(null, project, project), "folders and projects stay");
	}

	@Test
	void thePropertiesPageCountsTheChangesInTheBackground() {
		Shell shell = new Shell(Display.getDefault());
		try {
			ChangesPropertyPage page = new ChangesPropertyPage();
			page.setElement(project);
			page.createControl(shell);
			WorkbenchTestSupport.waitUntil(() -> page.summaryText().contains("files added"),
					() -> "the summary, saw " + page.summaryText(), 30_000);

			assertTrue(page.summaryText().startsWith("Against the starter code: 1 files added, 1 changed, 0 deleted; "
					+ "2 lines added and 1 removed."), page.summaryText());
		} finally {
			shell.dispose();
		}
	}

	private static List<String> suffixes(IFile file) {
		List<String> suffixes = new ArrayList<>();
		IDecoration decoration = (IDecoration) Proxy.newProxyInstance(IDecoration.class.getClassLoader(),
				new Class<?>[] { IDecoration.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("addSuffix")) {
						suffixes.add((String) arguments[0]);
					}
					return method.getReturnType() == boolean.class ? false : null;
				});
		new ChangeDecorator().decorate(file, decoration);
		return suffixes;
	}
}
