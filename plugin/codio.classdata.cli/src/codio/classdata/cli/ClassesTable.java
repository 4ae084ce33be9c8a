package codio.classdata.cli;

import java.io.PrintStream;
import java.util.List;

import codio.classdata.api.Course;

/** The text form of {@code classes}: aligned columns, dates as the server gave them (day only). */
final class ClassesTable {

	private final List<Course> courses;

	ClassesTable(List<Course> courses) {
		this.courses = courses;
	}

	void print(PrintStream out) {
		int nameWidth = "NAME".length();
		for (Course course : courses) {
			nameWidth = Math.max(nameWidth, course.name().length());
		}
		String format = "%-32s  %-" + nameWidth + "s  %-10s  %-10s  %s%n";
		out.printf(format, "ID", "NAME", "START", "END", "ARCHIVED");
		for (Course course : courses) {
			out.printf(format, course.id(), course.name(), day(course.start()), day(course.end()),
					course.archived() ? "yes" : "no");
		}
	}

	private static String day(String isoDate) {
		if (isoDate == null || isoDate.isBlank()) {
			return "-";
		}
		return isoDate.length() >= 10 ? isoDate.substring(0, 10) : isoDate;
	}
}
