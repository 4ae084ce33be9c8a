package codio.classdata.ui.views;

import codio.classdata.api.Course;

/** The two folders under a class in the tree: its export links and its units (modules and assignments). */
public record ClassFolder(Course course, Kind kind) {

	public enum Kind {
		EXPORTS, UNITS
	}
}
