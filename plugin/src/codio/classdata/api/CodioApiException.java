package codio.classdata.api;

/**
 * A Codio API call failed. The message is written for the user: what happened, why, what to do next. It never
 * contains a secret or a token.
 */
public class CodioApiException extends Exception {

	private static final long serialVersionUID = 1L;

	/** HTTP status, or 0 when the request never got an answer (network error). */
	private final int httpStatus;

	public CodioApiException(String message, int httpStatus) {
		super(message);
		this.httpStatus = httpStatus;
	}

	public CodioApiException(String message, Throwable cause) {
		super(message, cause);
		this.httpStatus = 0;
	}

	public int httpStatus() {
		return httpStatus;
	}
}
