package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StackRecommenderTest {

	private static final String SETTINGS = """
			[editor]
			tab_size = 4
			soft_tabs = true

			[ide]
			filetree_hidden_files = .guides,out
			""";

	private final StackRecommender recommender = new StackRecommender();

	/**
	 * Facts of a workspace from path and content pairs; the hint texts are the files the archive listing reads
	 * ({@link ArchiveEntryInfo#isHintFile}).
	 */
	private static WorkspaceFacts workspace(String... pathsAndTexts) {
		List<String> files = new ArrayList<>();
		Map<String, String> hints = new HashMap<>();
		for (int i = 0; i < pathsAndTexts.length; i += 2) {
			String path = pathsAndTexts[i];
			String text = pathsAndTexts[i + 1];
			files.add(path);
			if (ArchiveEntryInfo.isHintFile(path, text.getBytes(StandardCharsets.UTF_8).length)) {
				hints.put(path, text);
			}
		}
		return new WorkspaceFacts(files, hints);
	}

	/** A {@code .codio} as the emulator writes it. */
	private static String codio(String run, String debuggerType, String debug) {
		return """
				{
				  // Configure your Run and Preview buttons here.

				  // Run button configuration
				  "commands": {
				    "Run": "%s"
				  },

				  // Debugger target button configuration
				  "debugger": [
				    {
				      "type": "%s",
				      "command": "%s",
				      "name": "Debug Totals",
				      "uuid": "0b7c5e4a-1f2d-3a4b-8c9d-0e1f2a3b4c5d"
				    }
				  ]
				}
				""".formatted(run, debuggerType, debug);
	}

	private static WorkspaceFacts emulatedJavaWorkspace() {
		return workspace(".codio", codio(
				"javac -sourcepath code -d out code/com/example/totals/Main.java && java -cp out com.example.totals.Main",
				"JAVA", "javac -g -sourcepath code -d out code/com/example/totals/Main.java"
						+ " && java -cp out com.example.totals.Main"),
				".settings", SETTINGS,
				".guides/content.md", "# Totals\n",
				".guides/secure/MainTest.java", "class MainTest {}",
				"code/com/example/totals/Main.java", "package com.example.totals;",
				"code/com/example/totals/model/Counter.java", "package com.example.totals.model;");
	}

	private void assertRecommends(String stackId, WorkspaceFacts facts) {
		StackRecommendation recommendation = recommender.recommend(facts);
		assertEquals(stackId, recommendation.stack().id(), recommendation.reason());
	}

	@Test
	void emulatedJavaWorkspaceGetsJava17FromItsDebuggerType() {
		StackRecommendation recommendation = recommender.recommend(emulatedJavaWorkspace());

		assertEquals("java17", recommendation.stack().id());
		assertEquals("The .codio debugger type is JAVA", recommendation.reason());
	}

	@Test
	void emulatedPythonWorkspaceGetsPython() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				".codio", codio("python3 main.py", "PYTHON3", "python3 -m pdb main.py"),
				".settings", SETTINGS,
				".guides/secure/test_main.py", "def test_prints_the_total(): pass",
				"main.py", "print(1)",
				"analysis.py", "WEIGHT = 3"));

		assertEquals("python", recommendation.stack().id());
		assertEquals("The .codio debugger type is PYTHON3", recommendation.reason());
	}

	@Test
	void emulatedJupyterWorkspaceRunsPythonButItsNotebookNeedsJupyter() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				".codio", codio("python3 main.py", "PYTHON3", "python3 -m pdb main.py"),
				".guides/secure/test_main.py", "def test(): pass",
				"main.py", "print(1)",
				"notebook.ipynb", "{\"cells\": []}",
				"analysis.py", "WEIGHT = 3"));

		assertEquals("jupyter", recommendation.stack().id());
		assertEquals("The .codio debugger type is PYTHON3, and the workspace has notebooks",
				recommendation.reason());
	}

	@Test
	void emulatedCppWorkspaceGetsCppFromItsGdbDebugger() {
		assertRecommends("cpp", workspace(
				".codio", codio("make && ./main", "GDB", "make CXXFLAGS='-g -O0' && gdb ./main"),
				".guides/secure/test.sh", "make -s main",
				"Makefile", "main: main.o",
				"functions.h", "#pragma once",
				"main.cpp", "int main() {}"));
	}

	@Test
	void emulatedNodeWorkspaceGetsNodeJs() {
		assertRecommends("nodejs", workspace(
				".codio", codio("node index.js", "NODE", "node --inspect-brk index.js"),
				".guides/secure/test.js", "require('assert')",
				"package.json", "{\"name\": \"totals\", \"main\": \"index.js\"}",
				"index.js", "module.exports = {}",
				"routes/users.js", "module.exports = function users() {}"));
	}

	/**
	 * A real Node.js (React) workspace that kept its template's default Java {@code .codio}. The opposite case, a
	 * Java workspace whose {@code .codio} is right, is {@link #emulatedJavaWorkspaceGetsJava17FromItsDebuggerType}.
	 */
	@Test
	void contentBeatsADefaultCodioFileThatNamesALanguageWithoutOneSourceFile() {
		List<String> files = new ArrayList<>(List.of(".codio",
				codio("javac -sourcepath code -d out code/Main.java && java -cp out Main", "JAVA",
						"javac -g -sourcepath code -d out code/Main.java && java -cp out Main"),
				".settings", SETTINGS, "package.json", "{\"name\": \"shop\", \"dependencies\": {\"react\": \"18\"}}",
				"public/index.html", "<div id=root></div>", "src/index.js", "import App from './App';"));
		for (int i = 1; i <= 14; i++) {
			files.addAll(List.of("src/components/Part" + i + ".jsx", "export default () => null;"));
		}

		StackRecommendation recommendation = recommender.recommend(workspace(files.toArray(String[]::new)));

		assertEquals("nodejs", recommendation.stack().id(), recommendation.reason());
		assertEquals("package.json and 14 .jsx files; the .codio file names Java but no .java file exists",
				recommendation.reason());
	}

	@Test
	void oneFileOfAnotherLanguageIsNotEnoughToOverruleTheCodioFile() {
		assertRecommends("python", workspace(".codio", codio("python3 main.py", "PYTHON", "python3 -m pdb main.py"),
				"notes/Example.java", "class Example {}"));
	}

	@Test
	void unknownDebuggerTypeLeavesTheDecisionToTheRunCommand() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				".codio", codio("cd code && ruby main.rb", "CUSTOM", "ruby -rdebug main.rb"),
				"Main.java", "class Main {}"));

		assertEquals("ruby", recommendation.stack().id());
		assertEquals("The .codio command \"Run\" runs ruby", recommendation.reason());
	}

	@Test
	void malformedCodioFileIsIgnoredAndTheFilesDecide() {
		assertRecommends("python", workspace(".codio", "{ \"commands\": { \"Run\": \"javac Main.java\"", "main.py",
				"print(1)"));
	}

	@Test
	void mavenProjectTargetingJava11GetsJava11() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				"pom.xml", """
						<project>
						  <modelVersion>4.0.0</modelVersion>
						  <!-- <maven.compiler.release>17</maven.compiler.release> was too new for the lab -->
						  <properties>
						    <maven.compiler.source>11</maven.compiler.source>
						    <maven.compiler.target>11</maven.compiler.target>
						  </properties>
						</project>
						""",
				"src/main/java/shop/Cart.java", "package shop;",
				"src/test/java/shop/CartTest.java", "package shop;"));

		assertEquals("java11", recommendation.stack().id());
		assertEquals("Found pom.xml targeting Java 11", recommendation.reason());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"<properties><maven.compiler.release>11</maven.compiler.release></properties> | java11",
			"<plugin><artifactId>maven-compiler-plugin</artifactId><configuration><release>11</release>"
					+ "</configuration></plugin> | java11",
			"<plugin><configuration><source>1.8</source><target>1.8</target></configuration></plugin> | java11",
			"<properties><java.version>11</java.version><maven.compiler.release>${java.version}"
					+ "</maven.compiler.release></properties> | java11",
			"<properties><maven.compiler.release>17</maven.compiler.release></properties> | java17",
			"<properties><maven.compiler.release>21</maven.compiler.release></properties> | java17",
			"<build><sources><source>src/gen</source></sources></build> | java17" })
	void pomChoosesJava11OnlyForReleasesUpTo11(String body, String stackId) {
		assertRecommends(stackId, workspace("pom.xml", "<project>" + body + "</project>", "App.java", ""));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"build.gradle | sourceCompatibility = JavaVersion.VERSION_11 | java11",
			"build.gradle | sourceCompatibility = '11' | java11",
			"build.gradle | java { sourceCompatibility = JavaVersion.VERSION_1_8 } | java11",
			"build.gradle | java { toolchain { languageVersion = JavaLanguageVersion.of(11) } } | java11",
			"build.gradle.kts | java { toolchain { languageVersion.set(JavaLanguageVersion.of(11)) } } | java11",
			"build.gradle.kts | kotlin { jvmToolchain(11) } | java11",
			"build.gradle | java { toolchain { languageVersion = JavaLanguageVersion.of(17) } } | java17",
			"build.gradle | plugins { id 'application' } | java17" })
	void gradleBuildChoosesTheJavaStackOfItsRelease(String name, String script, String stackId) {
		assertRecommends(stackId, workspace(name, script, "src/main/java/App.java", "class App {}"));
	}

	@Test
	void gradleReasonNamesTheFileAndRelease() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				"app/build.gradle", "// sourceCompatibility = 17\njava {\n  sourceCompatibility = JavaVersion.VERSION_11\n}\n",
				"app/src/main/java/App.java", "class App {}"));

		assertEquals("java11", recommendation.stack().id());
		assertEquals("Found app/build.gradle targeting Java 11", recommendation.reason());
	}

	@Test
	void buildFileBeatsTheSourceFileCount() {
		assertRecommends("java17", workspace("pom.xml", "<project/>", "scripts/a.py", "", "scripts/b.py", "",
				"App.java", ""));
	}

	@Test
	void codioDebuggerBeatsBuildFilesWhichStillChooseTheJavaRelease() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				".codio", codio("mvn -q compile exec:java", "JAVA", "mvn -q compile"),
				"pom.xml", "<project><properties><maven.compiler.release>11</maven.compiler.release></properties></project>",
				"src/main/java/App.java", "class App {}"));

		assertEquals("java11", recommendation.stack().id());
		assertEquals("The .codio debugger type is JAVA, and pom.xml targets Java 11", recommendation.reason());
	}

	@Test
	void eclipseComplianceSettingChoosesJava11() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				".settings/org.eclipse.jdt.core.prefs", """
						eclipse.preferences.version=1
						org.eclipse.jdt.core.compiler.codegen.targetPlatform=11
						org.eclipse.jdt.core.compiler.compliance=11
						org.eclipse.jdt.core.compiler.source=11
						""",
				"src/App.java", "class App {}"));

		assertEquals("java11", recommendation.stack().id());
		assertEquals("The Eclipse settings set Java compliance 11", recommendation.reason());
	}

	@Test
	void eclipseClasspathExecutionEnvironmentChoosesJava11() {
		assertRecommends("java11", workspace(".classpath", """
				<?xml version="1.0" encoding="UTF-8"?>
				<classpath>
				  <classpathentry kind="con" path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-11"/>
				  <classpathentry kind="src" path="src"/>
				</classpath>
				""", "notes.txt", ""));
	}

	@Test
	void javaNatureOfTheEclipseProjectMeansJava17() {
		assertRecommends("java17", workspace(".project",
				"<projectDescription><natures><nature>org.eclipse.jdt.core.javanature</nature></natures>"
						+ "</projectDescription>",
				"tool.py", "print(1)"));
	}

	@Test
	void jupyterNotebooksWithPythonModulesGetJupyter() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				"main.py", "", "loader.py", "", "notebook.ipynb", "{}"));

		assertEquals("jupyter", recommendation.stack().id());
		assertEquals("Found 2 Python files and 1 notebook", recommendation.reason());
	}

	@Test
	void pythonTestsInTheGuidesDoNotOutweighJavaSources() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				".guides/content.md", "# Lists",
				".guides/secure/test_main.py", "def test(): pass",
				".guides/secure/helpers.py", "",
				".guides/secure/conftest.py", "",
				".guides/pom.xml", "<project><properties><maven.compiler.release>11</maven.compiler.release>"
						+ "</properties></project>",
				"Main.java", "class Main {}"));

		assertEquals("java17", recommendation.stack().id());
		assertEquals("Found 1 Java file", recommendation.reason());
	}

	@Test
	void mixedLanguagesGoToTheMostFilesAndSaySo() {
		StackRecommendation recommendation = recommender.recommend(workspace(
				"A.java", "", "B.java", "", "C.java", "", "plot.py", "", "stats.py", "", "run.sh", ""));

		assertEquals("java17", recommendation.stack().id());
		assertEquals("Mixed languages: most files are Java (3 of 5; also 2 Python)", recommendation.reason());
	}

	@Test
	void dependencyAndBuildOutputFoldersAreNotCounted() {
		assertRecommends("python", workspace(
				"node_modules/left-pad/index.js", "", "node_modules/left-pad/lib/pad.js", "",
				"build/CMakeFiles/CompilerIdC/CMakeCCompilerId.c", "", "venv/lib/site.py", "", ".git/hooks/x.rb", "",
				"app.py", ""));
	}

	@ParameterizedTest
	@CsvSource({ "Main.java, java17", "notebook.ipynb, jupyter", "main.py, python", "main.c, cpp",
			"src/list.hpp, cpp", "Makefile, cpp", "CMakeLists.txt, cpp", "Program.cs, csharp", "Game.csproj, csharp",
			"package.json, nodejs", "public/app.js, nodejs", "app.rb, ruby", "Gemfile, ruby", "index.php, lamp",
			"hello.erl, erlang" })
	void aSingleKindOfFileChoosesItsStack(String path, String stackId) {
		assertRecommends(stackId, workspace(path, "", "README.md", "# Hello", ".settings", SETTINGS));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "README.md", ".guides/secure/test.py" })
	void aWorkspaceWithoutCodeGetsTheEmptyStack(String onlyFile) {
		WorkspaceFacts facts = onlyFile.isEmpty() ? new WorkspaceFacts(List.of(), Map.of())
				: workspace(onlyFile, "text");

		StackRecommendation recommendation = recommender.recommend(facts);

		assertEquals("empty", recommendation.stack().id());
		assertTrue(recommendation.reason().startsWith("The workspace has no code"), recommendation.reason());
	}

	@Test
	void javaSourceFolderHintComesFromTheCodioCommands() {
		assertEquals(Optional.of("code"), StackRecommender.javaSourceFolderHint(emulatedJavaWorkspace()));
	}

	@Test
	void javaSourceFolderHintNeedsFilesInThatFolder() {
		WorkspaceFacts facts = workspace(".codio", codio("cd src && javac Main.java && java Main", "JAVA", "jdb Main"),
				"Main.java", "class Main {}");

		assertEquals(Optional.empty(), StackRecommender.javaSourceFolderHint(facts));
	}
}
