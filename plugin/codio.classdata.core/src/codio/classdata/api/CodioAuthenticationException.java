package codio.classdata.api;

/** Codio refused the client id and secret, or the token it issued. The user must check the credentials. */
public class CodioAuthenticationException extends CodioApiException {

	private static final long serialVersionUID = 1L;

	public CodioAuthenticationException(String message, int httpStatus) {
		super(ErrorKind.AUTHENTICATION, message, httpStatus);
	}
}
