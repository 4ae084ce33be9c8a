package codio.classdata.cli;

/** The command line's documented exit codes. */
public enum ExitCode {
	OK(0), PARTLY_FAILED(1), USAGE(2), AUTHENTICATION(3), SERVER_OR_NETWORK(4), BAD_INPUT(5);

	private final int value;

	ExitCode(int value) {
		this.value = value;
	}

	public int value() {
		return value;
	}
}
