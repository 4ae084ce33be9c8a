package codio.classdata.emulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the emulated Codio server knows and remembers: the organisation, the tokens it issued, the paging
 * cursors it handed out, and counters that tests read. Endpoint families read and change the state only here.
 */
public final class EmulatorState {

	/** Where a {@code courses_list} cursor continues. */
	record PageCursor(String archivedFilter, int offset) {
	}

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

	private final SecureRandom random = new SecureRandom();
	private final Map<String, Instant> issuedTokens = new ConcurrentHashMap<>();
	private final Map<String, PageCursor> pageCursors = new ConcurrentHashMap<>();
	private final AtomicInteger tokenRequests = new AtomicInteger();
	private final AtomicInteger apiRequests = new AtomicInteger();
	private final Clock clock;
	private volatile Organisation organisation;

	public EmulatorState(Organisation organisation) {
		this(organisation, Clock.systemUTC());
	}

	public EmulatorState(Organisation organisation, Clock clock) {
		this.organisation = organisation;
		this.clock = clock;
	}

	public Organisation organisation() {
		return organisation;
	}

	public void replaceOrganisation(Organisation newOrganisation) {
		organisation = newOrganisation;
		pageCursors.clear();
	}

	public boolean acceptsCredentials(String clientId, String clientSecret) {
		Organisation current = organisation;
		return current.clientId().equals(clientId) && current.clientSecret().equals(clientSecret);
	}

	public String issueToken() {
		tokenRequests.incrementAndGet();
		String token = randomHex(24);
		issuedTokens.put(token, clock.instant().plus(TOKEN_LIFETIME));
		return token;
	}

	public long tokenLifetimeSeconds() {
		return TOKEN_LIFETIME.toSeconds();
	}

	public boolean isValidToken(String token) {
		Instant expiry = token == null ? null : issuedTokens.get(token);
		return expiry != null && clock.instant().isBefore(expiry);
	}

	/** Makes every issued token invalid, as when Codio revokes them; clients must sign in again. */
	public void revokeAllTokens() {
		issuedTokens.clear();
	}

	public Optional<EmulatedCourse> course(String id) {
		return organisation.courses().stream().filter(course -> course.id().equals(id)).findFirst();
	}

	public List<EmulatedCourse> courses(String archivedFilter) {
		return organisation.courses().stream().filter(course -> switch (archivedFilter) {
		case "true" -> course.archived();
		case "false" -> !course.archived();
		default -> true;
		}).toList();
	}

	String rememberCursor(PageCursor cursor) {
		String token = randomHex(16);
		pageCursors.put(token, cursor);
		return token;
	}

	Optional<PageCursor> cursor(String token) {
		return Optional.ofNullable(pageCursors.get(token));
	}

	void countApiRequest() {
		apiRequests.incrementAndGet();
	}

	public int tokenRequests() {
		return tokenRequests.get();
	}

	public int apiRequests() {
		return apiRequests.get();
	}

	private String randomHex(int bytes) {
		byte[] buffer = new byte[bytes];
		random.nextBytes(buffer);
		return HexFormat.of().formatHex(buffer);
	}
}
