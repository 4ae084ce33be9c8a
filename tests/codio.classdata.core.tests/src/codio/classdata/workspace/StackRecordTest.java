package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StackRecordTest extends AbstractImportedProjectTest {

	@Test
	void aRecordedStackReadsBackAsWritten() throws Exception {
		importProject();
		CodioStack stack = new CodioStack("5a0c1f7e-2d3b-4c8a-9e1f-0a1b2c3d4e5f", "Java 21 (custom)", "3",
				StackLanguage.JAVA, 21);

		StackRecord.write(project, stack);

		assertEquals(Optional.of(stack), StackRecord.read(project));
		String saved = Files.readString(folder.resolve(".settings/codio.classdata.prefs"));
		assertEquals(true, saved.contains("stack.javaVersion=21"), saved);
	}

	@Test
	void aLaterRecordReplacesTheEarlierOne() throws Exception {
		importProject();

		StackRecord.write(project, JAVA_17);
		StackRecord.write(project, PYTHON);

		assertEquals(Optional.of(PYTHON), StackRecord.read(project));
	}

	@Test
	void aProjectWithoutARecordHasNone() throws Exception {
		importProject();

		assertEquals(Optional.empty(), StackRecord.read(project));
	}

	@Test
	void anUnknownLanguageReadsAsOther() throws Exception {
		importProject();
		write(".settings/codio.classdata.prefs", """
				eclipse.preferences.version=1
				stack.id=haskell
				stack.name=Haskell
				stack.language=HASKELL
				""");
		project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);

		assertEquals(Optional.of(new CodioStack("haskell", "Haskell", "", StackLanguage.OTHER, 0)),
				StackRecord.read(project));
	}
}
