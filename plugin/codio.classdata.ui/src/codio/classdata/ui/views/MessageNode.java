package codio.classdata.ui.views;

/**
 * A line in the tree that is not data: "Loading…", an error, or a note such as an export the server does not
 * offer.
 */
public record MessageNode(Object parent, String text, Severity severity) {

	public enum Severity {
		PENDING, INFO, ERROR
	}
}
