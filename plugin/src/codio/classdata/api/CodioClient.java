package codio.classdata.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Client of Codio's REST API for one organisation. It obtains a bearer token with the OAuth client-credentials
 * grant, keeps it in an {@link AccessTokenStore} until shortly before it expires, and re-authenticates once when
 * the API answers 401. Thread-safe; one instance can serve concurrent jobs.
 */
public final class CodioClient {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
	private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
	/** A server that keeps answering nextToken must not make us loop for ever. */
	private static final int MAX_PAGES = 10_000;
	private static final int MAX_MESSAGE_LENGTH = 300;

	private static final OkHttpClient SHARED_HTTP = new OkHttpClient.Builder()
			.connectTimeout(CONNECT_TIMEOUT)
			.readTimeout(READ_TIMEOUT)
			.build();

	private final CodioEndpoints endpoints;
	private final ClientCredentials credentials;
	private final AccessTokenStore tokenStore;
	private final OkHttpClient http;
	private final Clock clock;
	private final Gson gson = new Gson();
	private final Object tokenLock = new Object();

	public CodioClient(CodioEndpoints endpoints, ClientCredentials credentials, AccessTokenStore tokenStore) {
		this(endpoints, credentials, tokenStore, SHARED_HTTP, Clock.systemUTC());
	}

	public CodioClient(CodioEndpoints endpoints, ClientCredentials credentials, AccessTokenStore tokenStore,
			OkHttpClient http, Clock clock) {
		this.endpoints = endpoints;
		this.credentials = credentials;
		this.tokenStore = tokenStore;
		this.http = http;
		this.clock = clock;
	}

	public CodioEndpoints endpoints() {
		return endpoints;
	}

	/** Every class the filter selects, following {@code nextToken} across pages. */
	public List<Course> listCourses(CourseFilter filter) throws CodioApiException {
		List<Course> courses = new ArrayList<>();
		Set<String> seenTokens = new HashSet<>();
		String nextToken = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			HttpUrl.Builder url = apiUrl("courses_list");
			if (nextToken == null) {
				url.addQueryParameter("archived", filter.queryValue());
			} else {
				url.addQueryParameter("nextToken", nextToken);
			}
			CoursePage result = get(url.build(), CoursePage.class);
			if (result.courses() != null) {
				courses.addAll(result.courses());
			}
			nextToken = result.nextToken();
			if (nextToken == null || nextToken.isEmpty()) {
				return courses;
			}
			if (!seenTokens.add(nextToken)) {
				throw new CodioApiException("Codio returned the same page token twice while listing classes; "
						+ "the list would never end. Try again later.", 200);
			}
		}
		throw new CodioApiException("Codio returned more than " + MAX_PAGES + " pages of classes.", 200);
	}

	/** One class with its modules and assignments. */
	public Course getCourse(String courseId) throws CodioApiException {
		HttpUrl url = apiUrl("courses").addPathSegment(courseId).build();
		return get(url, Course.class);
	}

	/** Makes sure a valid token is at hand, asking the OAuth service only when needed. */
	public AccessToken authenticate() throws CodioApiException {
		synchronized (tokenLock) {
			Instant now = clock.instant();
			AccessToken cached = tokenStore.load().filter(token -> token.isUsableAt(now)).orElse(null);
			if (cached != null) {
				return cached;
			}
			AccessToken fresh = requestToken();
			tokenStore.save(fresh);
			return fresh;
		}
	}

	private AccessToken requestToken() throws CodioApiException {
		HttpUrl url = HttpUrl.get(endpoints.oauthBaseUrl() + "/token").newBuilder()
				.addQueryParameter("grant_type", "client_credentials")
				.addQueryParameter("client_id", credentials.clientId())
				.addQueryParameter("client_secret", credentials.clientSecret())
				.build();
		Request request = new Request.Builder().url(url).get().header("Accept", "application/json").build();
		Instant requestedAt = clock.instant();
		try (Response response = http.newCall(request).execute()) {
			String body = response.body().string();
			if (response.code() == 400 || response.code() == 401 || response.code() == 403) {
				throw new CodioAuthenticationException("Codio refused the client id '" + credentials.clientId()
						+ "' and its secret (HTTP " + response.code() + " from " + url.host() + serverSays(body)
						+ "). Check the API key under Window > Preferences > Codio; keys are created in Codio under "
						+ "Organization > Settings > API Keys.", response.code());
			}
			if (!response.isSuccessful()) {
				throw new CodioApiException("The Codio sign-in service at " + url.host() + " answered HTTP "
						+ response.code() + serverSays(body) + ". Try again later.", response.code());
			}
			TokenResponse token = parse(body, TokenResponse.class, "the sign-in answer");
			if (token == null || token.accessToken() == null || token.accessToken().isEmpty()) {
				throw new CodioApiException("The Codio sign-in service at " + url.host()
						+ " answered without an access token. Check the OAuth URL in Preferences > Codio.",
						response.code());
			}
			Instant expiresAt = token.expiresIn() == null || token.expiresIn() <= 0 ? Instant.MAX
					: requestedAt.plusSeconds(token.expiresIn());
			return new AccessToken(token.accessToken(), expiresAt);
		} catch (IOException e) {
			throw networkError(url, e);
		}
	}

	private <T> T get(HttpUrl url, Class<T> type) throws CodioApiException {
		AccessToken token = authenticate();
		for (int attempt = 1;; attempt++) {
			Request request = new Request.Builder().url(url).get()
					.header("Accept", "application/json")
					.header("Authorization", "Bearer " + token.value())
					.build();
			try (Response response = http.newCall(request).execute()) {
				String body = response.body().string();
				if (response.code() == 401 && attempt == 1) {
					// The token may have been revoked or expired early: sign in again, once.
					synchronized (tokenLock) {
						tokenStore.clear();
					}
					token = authenticate();
					continue;
				}
				if (response.code() == 401 || response.code() == 403) {
					throw new CodioAuthenticationException("Codio refused access to " + describe(url) + " (HTTP "
							+ response.code() + serverSays(body) + "). Check that the API key in Preferences > Codio "
							+ "belongs to the organisation that owns these classes.", response.code());
				}
				if (!response.isSuccessful()) {
					throw new CodioApiException("Codio answered HTTP " + response.code() + " to " + describe(url)
							+ serverSays(body) + ".", response.code());
				}
				T result = parse(body, type, "the answer to " + describe(url));
				if (result == null) {
					throw new CodioApiException("Codio sent an empty answer to " + describe(url) + ".",
							response.code());
				}
				return result;
			} catch (IOException e) {
				throw networkError(url, e);
			}
		}
	}

	private <T> T parse(String body, Class<T> type, String what) throws CodioApiException {
		try {
			return gson.fromJson(body, type);
		} catch (JsonParseException e) {
			throw new CodioApiException("Codio sent something other than the expected JSON in " + what
					+ ". Check the API URL in Preferences > Codio.", e);
		}
	}

	private HttpUrl.Builder apiUrl(String firstSegment) {
		return HttpUrl.get(endpoints.apiBaseUrl()).newBuilder().addPathSegment(firstSegment);
	}

	/** Method and path, never the query: the token request carries the secret there. */
	private static String describe(HttpUrl url) {
		return "GET " + url.encodedPath();
	}

	private CodioApiException networkError(HttpUrl url, IOException e) {
		String reason = e instanceof InterruptedIOException ? "the request timed out or was cancelled"
				: e.getClass().getSimpleName() + ": " + e.getMessage();
		return new CodioApiException("Could not reach Codio at " + url.host() + ":" + url.port() + " ("
				+ redact(reason) + "). Check the network connection and the URLs in Preferences > Codio.", e);
	}

	/** The error text Codio put in a JSON body, shortened, or nothing. */
	private String serverSays(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String message = body.strip();
		try {
			JsonElement json = JsonParser.parseString(body);
			if (json.isJsonObject()) {
				JsonObject object = json.getAsJsonObject();
				for (String key : new String[] { "error_description", "message", "error", "detail" }) {
					if (object.has(key) && object.get(key).isJsonPrimitive()) {
						message = object.get(key).getAsString();
						break;
					}
				}
			}
		} catch (JsonParseException | IllegalStateException e) {
			// Not JSON: show the start of the text as it is.
		}
		if (message.length() > MAX_MESSAGE_LENGTH) {
			message = message.substring(0, MAX_MESSAGE_LENGTH) + "…";
		}
		return ": " + redact(message);
	}

	/** Messages from servers and libraries may echo the request; secrets never reach the user or the log. */
	private String redact(String text) {
		if (text == null) {
			return "";
		}
		String result = text.replace(credentials.clientSecret(), "***");
		AccessToken token = tokenStore.load().orElse(null);
		if (token != null && !token.value().isEmpty()) {
			result = result.replace(token.value(), "***");
		}
		return result;
	}
}
