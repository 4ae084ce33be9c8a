package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.junit.jupiter.api.Test;

class JavaProjectSetupTest extends AbstractImportedProjectTest {

	@Test
	void emulatorShapedWorkspaceBuildsWithoutProblems() throws Exception {
		writeEmulatorWorkspace("sums", 6);

		importAndConfigure(JAVA_17);
		fullBuild();

		assertTrue(project.hasNature(JavaCore.NATURE_ID));
		assertEquals("code", sourceFolders(), "the teacher's .guides tests are no source folder");
		IJavaProject javaProject = JavaCore.create(project);
		assertEquals("bin", javaProject.getOutputLocation().removeFirstSegments(1).toString());
		assertEquals(List.of("org.eclipse.jdt.launching.JRE_CONTAINER/"
				+ "org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-17"), containers(javaProject));
		assertEquals("17", javaProject.getOption(JavaCore.COMPILER_COMPLIANCE, false));
		assertEquals("UTF-8", project.getDefaultCharset(false));
		assertEquals(List.of(), errors());
		assertEquals(List.of(), warnings());
		assertTrue(project.getFile("bin/com/example/sums/Main.class").exists());
	}

	@Test
	void aSyntaxErrorGivesExactlyOneError() throws Exception {
		writeEmulatorWorkspace("sums", 3);
		write("code/com/example/sums/Main.java", """
				package com.example.sums;

				public class Main {

					public static void main(String[] args) {
						int total = 0
						System.out.println("Sums: " + total);
					}
				}
				""");

		importAndConfigure(JAVA_17);
		fullBuild();

		List<String> errors = errors();
		assertEquals(1, errors.size(), errors::toString);
		assertTrue(errors.get(0).startsWith("code/com/example/sums/Main.java:6: Syntax error"), errors::toString);
	}

	@Test
	void mavenLayoutWithJUnit4TestsCompilesWithTheJUnit4Container() throws Exception {
		write("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>\n");
		write("src/main/java/com/example/shop/Basket.java", """
				package com.example.shop;

				public class Basket {
					public int total(int... prices) {
						int sum = 0;
						for (int price : prices) {
							sum += price;
						}
						return sum;
					}
				}
				""");
		write("src/main/resources/shop.properties", "currency=EUR\n");
		write("src/test/java/com/example/shop/BasketTest.java", """
				package com.example.shop;

				import static org.junit.Assert.assertEquals;

				import org.junit.Test;

				public class BasketTest {
					@Test
					public void addsPrices() {
						assertEquals(5, new Basket().total(2, 3));
					}
				}
				""");

		importAndConfigure(JAVA_17);
		fullBuild();

		assertEquals("src/main/java, src/main/resources, src/test/java (test)", sourceFolders());
		IJavaProject javaProject = JavaCore.create(project);
		assertEquals("target/classes", javaProject.getOutputLocation().removeFirstSegments(1).toString());
		assertTrue(containers(javaProject).contains("org.eclipse.jdt.junit.JUNIT_CONTAINER/4"),
				containers(javaProject)::toString);
		assertEquals(List.of(), errors());
		assertEquals(List.of(), warnings());
		assertTrue(project.getFile("target/classes/com/example/shop/Basket.class").exists());
		assertTrue(project.getFile("target/test-classes/com/example/shop/BasketTest.class").exists(),
				"JDT wants test sources compiled apart");
	}

	@Test
	void jupiterTestsInATestFolderGetTheJUnit5ContainerAndTheTestAttribute() throws Exception {
		write("src/Greeter.java", """
				public class Greeter {
					public String greet(String name) {
						return "Hello, " + name;
					}
				}
				""");
		write("test/GreeterTest.java", """
				import static org.junit.jupiter.api.Assertions.assertEquals;

				import org.junit.jupiter.api.Test;

				class GreeterTest {
					@Test
					void greets() {
						assertEquals("Hello, Ada", new Greeter().greet("Ada"));
					}
				}
				""");

		importAndConfigure(JAVA_17);
		fullBuild();

		assertEquals("src, test (test)", sourceFolders());
		assertTrue(containers(JavaCore.create(project)).contains("org.eclipse.jdt.junit.JUNIT_CONTAINER/5"));
		assertEquals(List.of(), errors());
		assertEquals(List.of(), warnings());
		assertTrue(project.getFile("bin/Greeter.class").exists());
		assertTrue(project.getFile("bin-test/GreeterTest.class").exists());
	}

	@Test
	void defaultPackageSourcesAtTheTopMakeTheProjectTheSourceFolder() throws Exception {
		write("Main.java", """
				public class Main {
					public static void main(String[] args) {
						System.out.println(new Helper().twice(21));
					}
				}
				""");
		write("Helper.java", "public class Helper {\n\tint twice(int x) {\n\t\treturn 2 * x;\n\t}\n}\n");
		write(".guides/secure/MainTest.java", "import org.junit.jupiter.api.Test;\nclass MainTest { @Test void t() { Missing.call(); } }\n");
		write("out/Main.class", "not really a class file");

		importAndConfigure(JAVA_17);
		fullBuild();

		IClasspathEntry root = Arrays.stream(JavaCore.create(project).getRawClasspath())
				.filter(entry -> entry.getEntryKind() == IClasspathEntry.CPE_SOURCE).findFirst().orElseThrow();
		assertEquals(project.getFullPath(), root.getPath());
		String exclusions = Arrays.stream(root.getExclusionPatterns()).map(Object::toString).sorted()
				.collect(Collectors.joining(" "));
		assertEquals(".guides/ .settings/ bin/ out/", exclusions);
		assertEquals(List.of(), errors());
		assertEquals(List.of(), warnings());
	}

	@Test
	void aFileInTheWrongFolderIsLeftOutRatherThanFailingTheOthers() throws Exception {
		writeEmulatorWorkspace("sums", 4);
		write("code/com/example/Stray.java", "package com.example.sums.model;\n\npublic class Stray {\n}\n");

		importAndConfigure(JAVA_17);
		fullBuild();

		assertEquals("code", sourceFolders());
		IClasspathEntry code = JavaCore.create(project).getRawClasspath()[0];
		assertEquals("com/example/Stray.java", code.getExclusionPatterns()[0].toString());
		assertEquals(List.of(), errors());
	}

	@Test
	void aStudentBinFolderWithSourcesIsNeverTheOutputFolder() throws Exception {
		writeEmulatorWorkspace("sums", 2);
		write("bin/run.sh", "#!/bin/sh\njava -cp out com.example.sums.Main\n");

		importAndConfigure(JAVA_17);
		fullBuild();

		assertEquals("eclipse-bin",
				JavaCore.create(project).getOutputLocation().removeFirstSegments(1).toString());
		assertTrue(Files.exists(folder.resolve("bin/run.sh")), "a full build must not scrub the student's bin");
		assertEquals(List.of(), errors());
	}

	@Test
	void anExistingClasspathIsHonouredEvenWithAnotherJavaVersion() throws Exception {
		write(".classpath", """
				<?xml version="1.0" encoding="UTF-8"?>
				<classpath>
					<classpathentry kind="src" path="src"/>
					<classpathentry kind="src" path="generated"/>
					<classpathentry kind="con" path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-11"/>
					<classpathentry kind="con" path="org.eclipse.jdt.junit.JUNIT_CONTAINER/5"/>
					<classpathentry kind="output" path="classes"/>
				</classpath>
				""");
		write("src/app/App.java", """
				package app;

				public class App {
					public static void main(String[] args) {
						System.out.println("App".strip());
					}
				}
				""");
		write("other/Ignored.java", "package somewhere.else;\nclass Ignored { syntax error }\n");

		importAndConfigure(JAVA_17);
		fullBuild();

		IJavaProject javaProject = JavaCore.create(project);
		assertTrue(project.hasNature(JavaCore.NATURE_ID));
		assertEquals("src", sourceFolders(), "the missing folder is dropped, nothing is detected");
		assertEquals("classes", javaProject.getOutputLocation().removeFirstSegments(1).toString());
		assertEquals(List.of("org.eclipse.jdt.launching.JRE_CONTAINER/"
				+ "org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-11",
				"org.eclipse.jdt.junit.JUNIT_CONTAINER/5"), containers(javaProject));
		assertEquals("11", javaProject.getOption(JavaCore.COMPILER_COMPLIANCE, false));
		assertEquals(List.of(), errors());
		assertEquals(List.of(), warnings());
	}

	@Test
	void aJreOfTheStudentsMachineThatIsNotInstalledBecomesTheStacks() throws Exception {
		write(".classpath", """
				<?xml version="1.0" encoding="UTF-8"?>
				<classpath>
					<classpathentry kind="src" path="src"/>
					<classpathentry kind="con" path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/jdk-17.0.2-on-alices-laptop"/>
					<classpathentry kind="output" path="bin"/>
				</classpath>
				""");
		write("src/App.java", "public class App {\n}\n");

		importAndConfigure(JAVA_17);
		fullBuild();

		assertEquals(List.of("org.eclipse.jdt.launching.JRE_CONTAINER/"
				+ "org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-17"),
				containers(JavaCore.create(project)));
		assertEquals(List.of(), errors());
		assertEquals(List.of(), warnings());
	}

	@Test
	void aJava11StackSetsCompliance11() throws Exception {
		writeEmulatorWorkspace("sums", 3);

		importAndConfigure(JAVA_11);
		fullBuild();

		IJavaProject javaProject = JavaCore.create(project);
		assertEquals("11", javaProject.getOption(JavaCore.COMPILER_COMPLIANCE, false));
		assertEquals("11", javaProject.getOption(JavaCore.COMPILER_SOURCE, false));
		assertEquals("11", javaProject.getOption(JavaCore.COMPILER_CODEGEN_TARGET_PLATFORM, false));
		assertTrue(containers(javaProject).get(0).endsWith("JavaSE-11"), containers(javaProject)::toString);
		assertEquals(List.of(), errors());
		assertEquals(List.of(), warnings());
	}

	@Test
	void aJava11StackRejectsCodeOfNewerJava() throws Exception {
		writeEmulatorWorkspace("sums", 2);
		write("code/com/example/sums/Point.java", "package com.example.sums;\n\npublic record Point(int x, int y) {\n}\n");

		importAndConfigure(JAVA_11);
		fullBuild();

		assertFalse(errors().isEmpty(), "a record is not Java 11");
	}

	@Test
	void threeHundredFileWorkspaceGetsItsOneSourceFolder() throws Exception {
		Path root = folder;
		folder = root.resolve("warmup"); // the first project pays for loading JDT
		writeEmulatorWorkspace("warmup", 3);
		importAndConfigure(JAVA_17);
		deleteProject();
		folder = root.resolve("large");
		writeEmulatorWorkspace("large", 300);
		importProject();

		long start = System.nanoTime();
		ResourcesPlugin.getWorkspace().run(monitor -> new ProjectSetup().configure(project, JAVA_17, monitor),
				new NullProgressMonitor());
		long millis = (System.nanoTime() - start) / 1_000_000;

		System.out.println("configure() of a workspace of 300 sources: " + millis + " ms");
		assertEquals("code", sourceFolders()); // speed is the bench's job: timed asserts flake on 2 cores
	}

	private static List<String> containers(IJavaProject javaProject) throws Exception {
		return Arrays.stream(javaProject.getRawClasspath())
				.filter(entry -> entry.getEntryKind() == IClasspathEntry.CPE_CONTAINER)
				.map(entry -> entry.getPath().toString()).toList();
	}
}
