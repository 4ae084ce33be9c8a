package codio.classdata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import codio.classdata.emulator.CodioEmulator;
import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedCourse;

class CodioClientTest {

	private CodioEmulator emulator;
	private CodioEndpoints endpoints;

	@BeforeEach
	void startEmulator() throws Exception {
		emulator = CodioEmulator.startDemo();
		endpoints = new CodioEndpoints(emulator.apiUrl(), emulator.oauthUrl());
	}

	@AfterEach
	void stopEmulator() {
		emulator.close();
	}

	private CodioClient client(String secret) {
		return new CodioClient(endpoints, new ClientCredentials(DemoData.CLIENT_ID, secret),
				AccessTokenStore.inMemory());
	}

	@Test
	void signsInWithClientCredentialsAndReusesTheToken() throws Exception {
		CodioClient client = client(DemoData.CLIENT_SECRET);

		AccessToken first = client.authenticate();
		client.listCourses(CourseFilter.ALL);
		client.listCourses(CourseFilter.ACTIVE);

		assertFalse(first.value().isEmpty());
		assertTrue(emulator.state().isValidToken(first.value()));
		assertEquals(1, emulator.state().tokenRequests(), "one token serves every call until it expires");
	}

	@Test
	void listsEveryClassAcrossAtLeastThreePages() throws Exception {
		List<EmulatedCourse> expected = emulator.state().courses("");
		int pageSize = emulator.state().organisation().pageSize();
		assertTrue(expected.size() > 2 * pageSize, "the demo data must span three pages or more");

		List<Course> courses = client(DemoData.CLIENT_SECRET).listCourses(CourseFilter.ALL);

		assertEquals(expected.stream().map(EmulatedCourse::id).toList(), courses.stream().map(Course::id).toList());
		int pages = (expected.size() + pageSize - 1) / pageSize;
		assertEquals(pages, emulator.state().apiRequests(), "one request per page");
	}

	@Test
	void filtersArchivedClasses() throws Exception {
		CodioClient client = client(DemoData.CLIENT_SECRET);

		List<Course> active = client.listCourses(CourseFilter.ACTIVE);
		List<Course> archived = client.listCourses(CourseFilter.ARCHIVED);

		assertFalse(active.isEmpty());
		assertFalse(archived.isEmpty());
		assertTrue(active.stream().noneMatch(Course::archived));
		assertTrue(archived.stream().allMatch(Course::archived));
		Set<String> all = client.listCourses(CourseFilter.ALL).stream().map(Course::id).collect(Collectors.toSet());
		assertEquals(all.size(), active.size() + archived.size());
	}

	@Test
	void readsOneClassWithItsModulesAndAssignments() throws Exception {
		EmulatedCourse expected = emulator.state().courses("false").get(0);

		Course course = client(DemoData.CLIENT_SECRET).getCourse(expected.id());

		assertEquals(expected.name(), course.name());
		assertEquals(expected.modules().size(), course.modules().size());
		assertEquals(expected.modules().get(0).assignments().get(0).name(),
				course.modules().get(0).assignments().get(0).name());
		assertTrue(course.startDate().isPresent());
	}

	@Test
	void wrongSecretFailsWithATypedErrorThatNamesTheCauseButNotTheSecret() {
		String wrongSecret = "not-the-secret-4711";

		CodioAuthenticationException error = assertThrows(CodioAuthenticationException.class,
				() -> client(wrongSecret).listCourses(CourseFilter.ALL));

		assertEquals(401, error.httpStatus());
		assertTrue(error.getMessage().contains("refused the client id '" + DemoData.CLIENT_ID + "'"),
				error.getMessage());
		assertFalse(error.getMessage().contains(wrongSecret), "the message must not reveal the secret");
		assertFalse(error.getMessage().contains("Preferences"), "the core names no IDE menu");
		assertEquals(java.util.Optional.of(ConnectionSetting.API_KEY), error.settingToCheck());
		assertEquals(0, emulator.state().apiRequests(), "no API call without a token");
	}

	@Test
	void revokedTokenIsRenewedOnceTransparently() throws Exception {
		CodioClient client = client(DemoData.CLIENT_SECRET);
		client.listCourses(CourseFilter.ACTIVE);
		emulator.state().revokeAllTokens();

		List<Course> courses = client.listCourses(CourseFilter.ACTIVE);

		assertFalse(courses.isEmpty());
		assertEquals(2, emulator.state().tokenRequests());
	}

	@Test
	void anExpiredTokenIsReplacedBeforeTheCallNotAfterA401() throws Exception {
		MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-28T10:00:00Z"));
		CodioClient client = new CodioClient(endpoints,
				new ClientCredentials(DemoData.CLIENT_ID, DemoData.CLIENT_SECRET), AccessTokenStore.inMemory(),
				new okhttp3.OkHttpClient(), clock, new RateLimiter(50, java.time.Duration.ofSeconds(10)));
		client.listCourses(CourseFilter.ACTIVE);
		clock.now = clock.now.plus(java.time.Duration.ofMinutes(30));
		client.listCourses(CourseFilter.ACTIVE);
		assertEquals(1, emulator.state().tokenRequests(), "still valid after 30 minutes");

		clock.now = clock.now.plus(java.time.Duration.ofMinutes(31));
		client.listCourses(CourseFilter.ACTIVE);

		assertEquals(2, emulator.state().tokenRequests(), "a token that expires within a minute is renewed");
	}

	/** A clock the test moves. */
	private static final class MutableClock extends java.time.Clock {
		java.time.Instant now;

		MutableClock(java.time.Instant start) {
			now = start;
		}

		@Override
		public java.time.ZoneId getZone() {
			return java.time.ZoneOffset.UTC;
		}

		@Override
		public java.time.Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public java.time.Instant instant() {
			return now;
		}
	}

	@Test
	void unknownClassIsAnErrorWithTheServersMessage() {
		CodioApiException error = assertThrows(CodioApiException.class,
				() -> client(DemoData.CLIENT_SECRET).getCourse("no-such-class"));

		assertEquals(404, error.httpStatus());
		assertTrue(error.getMessage().contains("Course not found"), error.getMessage());
	}

	@Test
	void unreachableServerIsANetworkErrorNamingTheHost() throws Exception {
		CodioEndpoints nowhere = new CodioEndpoints("http://127.0.0.1:9/api/v1", "http://127.0.0.1:9/oauth/api/v1");
		CodioClient client = new CodioClient(nowhere, new ClientCredentials("id", "secret-value-123"),
				AccessTokenStore.inMemory());

		CodioApiException error = assertThrows(CodioApiException.class, () -> client.listCourses(CourseFilter.ALL));

		assertEquals(0, error.httpStatus());
		assertTrue(error.getMessage().contains("Could not reach Codio at 127.0.0.1:9"), error.getMessage());
		assertFalse(error.getMessage().contains("secret-value-123"));
	}
}
