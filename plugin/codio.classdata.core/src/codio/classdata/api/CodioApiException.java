package codio.classdata.api;

import java.util.Optional;

/**
 * A Codio API call failed. The message is written for the user: what happened, why, what to do next. It never
 * contains a secret or a token.
 */
public class CodioApiException extends Exception {

	private static final long serialVersionUID = 1L;

	private final ErrorKind kind;
	/** HTTP status, or 0 when the request never got an answer. */
	private final int httpStatus;
	/** The setting the user should check, or null. */
	private ConnectionSetting settingToCheck;

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

	/** Names the connection setting the user should check; the UI and the command line say where it is set. */
	public CodioApiException pointingAt(ConnectionSetting setting) {
		this.settingToCheck = setting;
		return this;
	}

	/** The connection setting the user should check, if the failure points at one. */
	public Optional<ConnectionSetting> settingToCheck() {
		return Optional.ofNullable(settingToCheck);
	}

	public ErrorKind kind() {
		return kind;
	}

	public int httpStatus() {
		return httpStatus;
	}
}
