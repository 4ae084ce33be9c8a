package codio.classdata.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A deterministic demo organisation: a school's current and past classes with modules and assignments. Ids are
 * derived from names, so every run (and every test) sees the same data.
 */
public final class DemoData {

	public static final String CLIENT_ID = "demo-client";
	/** Not a secret: the emulator's fixed demo key, documented in the README. */
	public static final String CLIENT_SECRET = "demo-secret";

	private record Template(String name, String description, String term, boolean archived, String[] tags,
			String[][] modules) {
	}

	private static final String[][] JAVA_MODULES = {
			{ "Getting Started", "Hello World", "Variables and Types", "Console Input" },
			{ "Control Flow", "Conditionals", "Loops", "FizzBuzz Challenge" },
			{ "Objects", "Classes and Objects", "Inheritance", "Interfaces", "Bank Account Project" } };
	private static final String[][] PYTHON_MODULES = {
			{ "Python Basics", "Expressions", "Strings", "Lists" },
			{ "Data Analysis", "Reading CSV Files", "pandas DataFrames", "Plotting with matplotlib" },
			{ "Final Project", "Proposal", "Notebook Submission" } };
	private static final String[][] CPP_MODULES = {
			{ "Systems Basics", "Compiling with g++", "Pointers", "Memory Management" },
			{ "Data Structures", "Linked Lists", "Hash Tables", "Makefiles" } };
	private static final String[][] WEB_MODULES = {
			{ "Front End", "HTML and CSS", "DOM Events" },
			{ "Back End", "Express Routes", "REST API Project" } };

	private static final Template[] TEMPLATES = {
			new Template("CS 101: Introduction to Programming", "Java fundamentals for first-year students.",
					"Fall 2026", false, new String[] { "java", "intro" }, JAVA_MODULES),
			new Template("CS 102: Data Structures", "Lists, trees, maps and their costs, in Java.", "Fall 2026",
					false, new String[] { "java" }, JAVA_MODULES),
			new Template("Python for Data Science", "Python, notebooks and pandas.", "Fall 2026", false,
					new String[] { "python", "jupyter" }, PYTHON_MODULES),
			new Template("Systems Programming in C++", "Memory, pointers and build tools.", "Fall 2026", false,
					new String[] { "c++" }, CPP_MODULES),
			new Template("Web Development with Node.js", "From HTML to a REST API.", "Fall 2026", false,
					new String[] { "nodejs", "web" }, WEB_MODULES),
			new Template("AP Computer Science A", "The AP CS A curriculum in Java.", "Fall 2026", false,
					new String[] { "java", "ap" }, JAVA_MODULES),
			new Template("Intro to Python (Evening Cohort)", "Python for adult learners.", "Fall 2026", false,
					new String[] { "python" }, PYTHON_MODULES),
			new Template("Software Engineering Studio", "Team projects with testing and CI.", "Fall 2026", false,
					new String[] { "java", "teams" }, JAVA_MODULES),
			new Template("CS 101: Introduction to Programming", "Java fundamentals for first-year students.",
					"Spring 2026", true, new String[] { "java", "intro" }, JAVA_MODULES),
			new Template("Python for Data Science", "Python, notebooks and pandas.", "Spring 2026", true,
					new String[] { "python", "jupyter" }, PYTHON_MODULES),
			new Template("Systems Programming in C++", "Memory, pointers and build tools.", "Fall 2025", true,
					new String[] { "c++" }, CPP_MODULES),
			new Template("Web Development with Node.js", "From HTML to a REST API.", "Fall 2025", true,
					new String[] { "nodejs", "web" }, WEB_MODULES) };

	private DemoData() {
	}

	public static Organisation organisation() {
		List<EmulatedCourse> courses = new ArrayList<>();
		for (Template template : TEMPLATES) {
			courses.add(course(template));
		}
		return new Organisation("Riverside College (demo)", CLIENT_ID, CLIENT_SECRET, 5, courses);
	}

	private static EmulatedCourse course(Template template) {
		String name = template.name() + " (" + template.term() + ")";
		String id = idOf(name);
		String[] dates = termDates(template.term());
		List<EmulatedModule> modules = new ArrayList<>();
		for (String[] module : template.modules()) {
			List<EmulatedAssignment> assignments = new ArrayList<>();
			for (int i = 1; i < module.length; i++) {
				assignments.add(new EmulatedAssignment(idOf(name + "/" + module[0] + "/" + module[i]), module[i]));
			}
			modules.add(new EmulatedModule(idOf(name + "/" + module[0]), module[0], assignments));
		}
		return new EmulatedCourse(id, name, template.description(), dates[0], dates[1], "America/New_York",
				List.of(template.tags()), modules, dates[2], template.archived() ? dates[1] : null,
				template.archived());
	}

	/** Start, end and creation dates of a term, as ISO strings. */
	private static String[] termDates(String term) {
		String[] parts = term.split(" ");
		int year = Integer.parseInt(parts[1]);
		if (parts[0].equals("Fall")) {
			return new String[] { year + "-08-31T13:00:00Z", year + "-12-18T22:00:00Z", year + "-07-15T09:30:00Z" };
		}
		return new String[] { year + "-01-19T14:00:00Z", year + "-05-08T21:00:00Z", (year - 1) + "-12-10T10:00:00Z" };
	}

	/** A 32-hex-digit id like Codio's, stable for a given name. */
	static String idOf(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("MD5 is part of every Java runtime", e);
		}
	}
}
