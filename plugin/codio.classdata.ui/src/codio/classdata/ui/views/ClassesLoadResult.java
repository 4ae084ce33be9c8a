package codio.classdata.ui.views;

import java.util.List;

import codio.classdata.api.Course;

/** What a reload of the Codio Classes view found; each outcome has a page of its own. */
sealed interface ClassesLoadResult {

	/** No client id or secret yet. */
	record NotSignedIn() implements ClassesLoadResult {
	}

	/** The classes of the organisation, in the server's order. */
	record Loaded(String server, List<Course> courses) implements ClassesLoadResult {
	}

	/** The load failed; the message is for the user. */
	record Failed(String message) implements ClassesLoadResult {
	}
}
