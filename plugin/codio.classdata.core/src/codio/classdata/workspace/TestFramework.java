package codio.classdata.workspace;

/** The JUnit that sources use, which decides the JUnit classpath container a Java project gets. */
enum TestFramework {
	NONE(null),
	/** {@code org.junit} or {@code junit.framework} (JUnit 3 runs on the JUnit 4 container). */
	JUNIT4("org.eclipse.jdt.junit.JUNIT_CONTAINER/4"),
	/** {@code org.junit.jupiter} or {@code org.junit.platform}; the container also carries JUnit 4 (vintage). */
	JUNIT5("org.eclipse.jdt.junit.JUNIT_CONTAINER/5");

	private final String containerPath;

	TestFramework(String containerPath) {
		this.containerPath = containerPath;
	}

	/** The path of JDT's JUnit classpath container, or null for {@link #NONE}. */
	String containerPath() {
		return containerPath;
	}

	/** The newer of the two: one container serves both JUnit 4 and 5 sources. */
	TestFramework and(TestFramework other) {
		return compareTo(other) >= 0 ? this : other;
	}
}
