package codio.classdata.api;

/**
 * A Codio API call failed. The message is written for the user: what happened, why, what to do next. It never
 * contains a secret or a token.
 */
public class CodioApiException extends Exception {

	private static final long serialVersionUID = 1L;

	private final ErrorKind kind;
	/** HTTP status, or 0 when the request never got an answer. */
	private final int httpStatus;

	public CodioApiException(ErrorKind kind, String message, int httpStatus) {
		super(message);
		this.kind = kind;
		this.httpStatus = httpStatus;
	}

	public CodioApiException(ErrorKind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.httpStatus = 0;
	}

	public ErrorKind kind() {
		return kind;
	}

	public int httpStatus() {
		return httpStatus;
	}
}
