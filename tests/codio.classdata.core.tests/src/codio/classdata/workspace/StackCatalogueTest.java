package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import codio.classdata.api.AccessTokenStore;
import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.StackInfo;
import codio.classdata.api.StackInfo.StackVersion;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.emulator.DemoData;

class StackCatalogueTest {

	private final StackCatalogue catalogue = StackCatalogue.certified();

	@Test
	void holdsEveryCertifiedStackOnceInListOrder() {
		assertEquals(List.of("java11", "java17", "python", "jupyter", "gpu-jupyter", "cpp", "csharp", "nodejs", "ruby",
				"lamp", "erlang", "jeroo", "pencilcode", "empty", "empty-2604"),
				catalogue.stacks().stream().map(CodioStack::id).toList());
	}

	@Test
	void idsAreTheOnesCodioAnswersToWithTheSameLanguage() throws Exception {
		try (CodioEmulator emulator = CodioEmulator.startDemo()) {
			CodioClient client = new CodioClient(new CodioEndpoints(emulator.apiUrl(), emulator.oauthUrl()),
					new ClientCredentials(DemoData.CLIENT_ID, DemoData.CLIENT_SECRET), AccessTokenStore.inMemory());
			for (CodioStack stack : catalogue.stacks()) {
				if (stack.id().equals("gpu-jupyter")) {
					continue; // the emulator offers no GPU images
				}
				CodioStack resolved = catalogue.resolve(client.stack(stack.id(), new NullProgressMonitor()));
				assertEquals(stack.id(), resolved.id());
				assertEquals(stack.language(), resolved.language(), stack.id());
				assertEquals(stack.javaVersion(), resolved.javaVersion(), stack.id());
				assertFalse(resolved.version().isEmpty(), "certified stacks have published versions");
			}
		}
	}

	@Test
	void findsStacksByIdIgnoringCaseAndSpaces() {
		assertEquals("Java 11", catalogue.byId(" JAVA11 ").orElseThrow().name());
		assertEquals(StackLanguage.PHP, catalogue.byId("lamp").orElseThrow().language());
		assertEquals(Optional.empty(), catalogue.byId("java8"));
		assertEquals(Optional.empty(), catalogue.byId(null));
	}

	@Test
	void javaStacksKnowTheirReleaseAndJerooRunsOnJava17() {
		assertEquals(11, catalogue.byId("java11").orElseThrow().javaVersion());
		assertEquals(17, catalogue.byId("java17").orElseThrow().javaVersion());
		CodioStack jeroo = catalogue.byId("jeroo").orElseThrow();
		assertEquals(StackLanguage.JAVA, jeroo.language());
		assertEquals(17, jeroo.javaVersion());
		assertEquals(0, catalogue.byId("python").orElseThrow().javaVersion());
	}

	@Test
	void emptyIsThePlainUbuntuStack() {
		assertEquals("empty", catalogue.empty().id());
		assertEquals("Empty (Ubuntu)", catalogue.empty().name());
		assertEquals(StackLanguage.OTHER, catalogue.empty().language());
	}

	@ParameterizedTest
	@CsvSource({ "java11, java11", "' java17 ', java17", "Java 11, java11", "c++ and c, cpp", "LAMP, lamp",
			"Empty (Ubuntu 26.04), empty-2604" })
	void userEntryOfAKnownIdOrNameIsThatStack(String entry, String id) {
		assertEquals(id, catalogue.parseUserEntry(entry).orElseThrow().id());
	}

	@ParameterizedTest
	@ValueSource(strings = { "5F0C3A2E-9B1D-4E7A-8C6F-1234567890AB",
			"https://codio.com/stacks/5f0c3a2e-9b1d-4e7a-8c6f-1234567890ab/versions" })
	void userEntryHoldingAUuidIsAnUnresolvedStackNamedByIt(String entry) {
		CodioStack stack = catalogue.parseUserEntry(entry).orElseThrow();

		assertEquals("5f0c3a2e-9b1d-4e7a-8c6f-1234567890ab", stack.id());
		assertEquals(stack.id(), stack.name());
		assertEquals(StackLanguage.OTHER, stack.language());
		assertEquals(0, stack.javaVersion());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "java 8", "my stack", "5f0c3a2e-9b1d-4e7a" })
	void userEntryThatIsNoStackIdGivesNothing(String entry) {
		assertEquals(Optional.empty(), catalogue.parseUserEntry(entry));
	}

	@Test
	void nullUserEntryGivesNothing() {
		assertEquals(Optional.empty(), catalogue.parseUserEntry(null));
	}

	@Test
	void resolvingACertifiedIdKeepsItsLanguageAndTakesTheServersNameAndNewestVersion() {
		StackInfo info = new StackInfo("python", "Python 3", "Codio",
				List.of(new StackVersion("v1", "2026-01-05T08:00:00Z", "Spring"),
						new StackVersion("v2", "2026-09-01T08:00:00Z", "Autumn")));

		CodioStack stack = catalogue.resolve(info);

		assertEquals(new CodioStack("python", "Python 3", "2026-09-01", StackLanguage.PYTHON, 0), stack);
	}

	@ParameterizedTest
	@CsvSource({ "Java 11 with Maven, JAVA, 11", "Java 17, JAVA, 17", "Custom JDK 21, JAVA, 21",
			"Java 1.8 legacy, JAVA, 8", "Java, JAVA, 17", "Node.js 20 and JavaScript tools, NODEJS, 0",
			"Data Science Python 3.11, PYTHON, 0", "GPU Jupyter Lab, JUPYTER, 0", "C++ Gaming, C_CPP, 0",
			"Ruby on Rails, RUBY, 0", "PHP 8 web, PHP, 0", "C# .NET 8, CSHARP, 0", "Erlang OTP, ERLANG, 0",
			"Ubuntu 22.04 for my course, OTHER, 0" })
	void resolvingAnOtherStackGuessesItsLanguageFromItsName(String name, StackLanguage language, int javaVersion) {
		CodioStack stack = catalogue.resolve(new StackInfo("0d4f7e0c-2a39-4c1e-9d5b-6f1b2c3d4e5f", name, "My org",
				List.of()));

		assertEquals(name, stack.name());
		assertEquals(language, stack.language());
		assertEquals(javaVersion, stack.javaVersion());
		assertEquals("", stack.version());
	}

	@Test
	void resolvingAStackWithoutANameNamesItByItsId() {
		CodioStack stack = catalogue.resolve(new StackInfo("0d4f7e0c-2a39-4c1e-9d5b-6f1b2c3d4e5f", null, null, null));

		assertEquals("0d4f7e0c-2a39-4c1e-9d5b-6f1b2c3d4e5f", stack.name());
		assertEquals(StackLanguage.OTHER, stack.language());
		assertTrue(stack.toString().startsWith("0d4f7e0c"));
	}
}
