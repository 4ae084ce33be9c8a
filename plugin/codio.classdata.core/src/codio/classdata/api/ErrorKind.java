package codio.classdata.api;

/** Why a Codio call failed, so callers can react (sign in again, wait, tell the user where else to look). */
public enum ErrorKind {
	/** 401, or the OAuth service refused the client id and secret. */
	AUTHENTICATION,
	/** 403: the key is valid but may not see this resource. */
	ACCESS_DENIED,
	/** 404: no such class, assignment, student, task or stack. */
	NOT_FOUND,
	/** 412: Codio refused the request's configuration. */
	PRECONDITION_FAILED,
	/** 415: Codio refused the request's content type. */
	UNSUPPORTED_MEDIA_TYPE,
	/** 429 that outlasted the retries, or the organisation's daily limit is used up. */
	RATE_LIMITED,
	/** 5xx. */
	SERVER,
	/** No answer: connection refused, reset, timed out, unknown host. */
	NETWORK,
	/** The TLS handshake failed (certificate, protocol). */
	TLS,
	/** An answer that is not the JSON the API documents. */
	BAD_RESPONSE,
	/** The server does not offer this export through its API (Codio's public API has no access or LTI export). */
	NOT_OFFERED,
	/** An export link that no longer serves its file. */
	LINK_EXPIRED,
	/** Any other status. */
	OTHER
}
