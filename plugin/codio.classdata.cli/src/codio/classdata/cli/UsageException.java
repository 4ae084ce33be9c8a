package codio.classdata.cli;

/** The arguments do not form a valid command; the message says what is wrong. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
