package codio.classdata.api;

import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token and the moment it stops being usable. {@link #toString()} hides the value.
 *
 * @param value     the bearer token
 * @param expiresAt when it expires; {@link Instant#MAX} when the server did not say
 */
public record AccessToken(String value, Instant expiresAt) {

	/** Renew this long before the stated expiry, so a request never starts with a token about to lapse. */
	private static final Duration SAFETY_MARGIN = Duration.ofSeconds(60);

	public boolean isUsableAt(Instant now) {
		return expiresAt.equals(Instant.MAX) || now.plus(SAFETY_MARGIN).isBefore(expiresAt);
	}

	@Override
	public String toString() {
		return "AccessToken[value=***, expiresAt=" + expiresAt + "]";
	}
}
