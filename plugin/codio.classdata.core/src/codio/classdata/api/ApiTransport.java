package codio.classdata.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javax.net.ssl.SSLException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends one API request the way Codio wants it: paced by the organisation's {@link RateLimiter}, with a bearer
 * token (signing in again once on 401), waiting out 429 answers as the server says, and turning every failure
 * into a {@link CodioApiException} whose message names the cause and holds no secret.
 */
final class ApiTransport {

	/** Tries of one request that meets 429 before giving up. */
	static final int MAX_RATE_LIMITED_TRIES = 5;
	/** Never wait longer than this on one 429, whatever the server says. */
	private static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofMinutes(2);
	private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(2);
	private static final int MAX_MESSAGE_LENGTH = 300;
	private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

	private final CodioEndpoints endpoints;
	private final ClientCredentials credentials;
	private final AccessTokenStore tokenStore;
	private final OkHttpClient http;
	private final Clock clock;
	private final RateLimiter limiter;
	private final Gson gson = new Gson();
	private final Object tokenLock = new Object();

	ApiTransport(CodioEndpoints endpoints, ClientCredentials credentials, AccessTokenStore tokenStore,
			OkHttpClient http, Clock clock, RateLimiter limiter) {
		this.endpoints = endpoints;
		this.credentials = credentials;
		this.tokenStore = tokenStore;
		this.http = http;
		this.clock = clock;
		this.limiter = limiter;
	}

	CodioEndpoints endpoints() {
		return endpoints;
	}

	HttpUrl.Builder apiUrl(String... segments) {
		HttpUrl.Builder url = HttpUrl.get(endpoints.apiBaseUrl()).newBuilder();
		for (String segment : segments) {
			url.addPathSegment(segment);
		}
		return url;
	}

	/** A valid token, asking the OAuth service only when the stored one is missing or about to expire. */
	AccessToken authenticate(IProgressMonitor monitor) throws CodioApiException {
		synchronized (tokenLock) {
			Instant now = clock.instant();
			AccessToken cached = tokenStore.load().filter(token -> token.isUsableAt(now)).orElse(null);
			if (cached != null) {
				return cached;
			}
			AccessToken fresh = requestToken(monitor);
			tokenStore.save(fresh);
			return fresh;
		}
	}

	private AccessToken requestToken(IProgressMonitor monitor) throws CodioApiException {
		HttpUrl url = HttpUrl.get(endpoints.oauthBaseUrl() + "/token").newBuilder()
				.addQueryParameter("grant_type", "client_credentials")
				.addQueryParameter("client_id", credentials.clientId())
				.addQueryParameter("client_secret", credentials.clientSecret())
				.build();
		Request request = new Request.Builder().url(url).get().header("Accept", "application/json").build();
		Instant requestedAt = clock.instant();
		try (Response response = execute(request, monitor)) {
			String body = response.body().string();
			if (response.code() == 400 || response.code() == 401 || response.code() == 403) {
				throw new CodioAuthenticationException(NLS.bind(ApiText.ApiTransport_clientRefused, new Object[] {
						credentials.clientId(), response.code(), url.host(), serverSays(body) }), response.code())
						.pointingAt(ConnectionSetting.API_KEY);
			}
			if (!response.isSuccessful()) {
				throw new CodioApiException(kindOf(response.code()), NLS.bind(ApiText.ApiTransport_signInFailed,
						new Object[] { url.host(), response.code(), serverSays(body) }), response.code());
			}
			TokenResponse token = parse(body, TokenResponse.class, ApiText.ApiTransport_signInAnswer, response.code());
			if (token == null || token.accessToken() == null || token.accessToken().isEmpty()) {
				throw new CodioApiException(ErrorKind.BAD_RESPONSE,
						NLS.bind(ApiText.ApiTransport_noAccessToken, url.host()), response.code())
						.pointingAt(ConnectionSetting.OAUTH_URL);
			}
			Instant expiresAt = token.expiresIn() == null || token.expiresIn() <= 0 ? Instant.MAX
					: requestedAt.plusSeconds(token.expiresIn());
			return new AccessToken(token.accessToken(), expiresAt);
		} catch (IOException e) {
			throw networkError(url, e, monitor);
		}
	}

	<T> T get(HttpUrl url, Type type, IProgressMonitor monitor) throws CodioApiException {
		return send("GET", url, type, monitor);
	}

	<T> T post(HttpUrl url, Type type, IProgressMonitor monitor) throws CodioApiException {
		return send("POST", url, type, monitor);
	}

	private <T> T send(String method, HttpUrl url, Type type, IProgressMonitor monitor) throws CodioApiException {
		AccessToken token = authenticate(monitor);
		boolean reauthenticated = false;
		int rateLimitedTries = 0;
		while (true) {
			limiter.acquire(monitor);
			Request request = new Request.Builder().url(url)
					.method(method, method.equals("POST") ? RequestBody.create("{}", JSON) : null)
					.header("Accept", "application/json")
					.header("Authorization", "Bearer " + token.value())
					.build();
			try (Response response = execute(request, monitor)) {
				String body = response.body().string();
				if (response.code() == 401 && !reauthenticated) {
					// The token may have been revoked or expired early: sign in again, once.
					reauthenticated = true;
					synchronized (tokenLock) {
						tokenStore.clear();
					}
					token = authenticate(monitor);
					continue;
				}
				if (response.code() == 429) {
					rateLimitedTries++;
					waitOutRateLimit(response, body, url, method, rateLimitedTries, monitor);
					continue;
				}
				if (!response.isSuccessful()) {
					throw statusError(method, url, response.code(), body);
				}
				T result = parse(body, type, NLS.bind(ApiText.ApiTransport_answerTo, describe(method, url)),
						response.code());
				if (result == null) {
					throw new CodioApiException(ErrorKind.BAD_RESPONSE,
							NLS.bind(ApiText.ApiTransport_emptyAnswer, describe(method, url)), response.code());
				}
				return result;
			} catch (IOException e) {
				throw networkError(url, e, monitor);
			}
		}
	}

	private Response execute(Request request, IProgressMonitor monitor) throws IOException {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		Call call = http.newCall(request);
		try (CallCanceller watch = CallCanceller.watch(call, monitor)) {
			return call.execute();
		}
	}

	private void waitOutRateLimit(Response response, String body, HttpUrl url, String method, int tries,
			IProgressMonitor monitor) throws CodioApiException {
		if ("0".equals(response.header("X-RateLimit-DailyLimit-Remaining"))) {
			throw new CodioApiException(ErrorKind.RATE_LIMITED, ApiText.ApiTransport_dailyLimitUsed, 429);
		}
		if (tries >= MAX_RATE_LIMITED_TRIES) {
			throw new CodioApiException(ErrorKind.RATE_LIMITED, NLS.bind(ApiText.ApiTransport_tooManyRequests,
					new Object[] { describe(method, url), serverSays(body), tries }), 429);
		}
		Duration wait = rateLimitWait(response);
		long deadline = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < deadline) {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				Thread.sleep(Math.max(1, Math.min(50, (deadline - System.nanoTime()) / 1_000_000)));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
	}

	/** What {@code Retry-After} (seconds or an HTTP date) or {@code X-RateLimit-Reset} (epoch or delta seconds) ask. */
	Duration rateLimitWait(Response response) {
		Duration wait = null;
		String retryAfter = response.header("Retry-After");
		if (retryAfter != null) {
			wait = parseSecondsOrDate(retryAfter.trim());
		}
		String reset = response.header("X-RateLimit-Reset");
		if (wait == null && reset != null) {
			try {
				long value = Long.parseLong(reset.trim());
				// Large values are a point in time (epoch seconds), small ones a number of seconds to wait.
				wait = value > 1_000_000_000L ? Duration.between(clock.instant(), Instant.ofEpochSecond(value))
						: Duration.ofSeconds(value);
			} catch (NumberFormatException e) {
				wait = null;
			}
		}
		if (wait == null) {
			wait = DEFAULT_RATE_LIMIT_WAIT;
		}
		if (wait.isNegative()) {
			wait = Duration.ZERO;
		}
		return wait.compareTo(MAX_RATE_LIMIT_WAIT) > 0 ? MAX_RATE_LIMIT_WAIT : wait;
	}

	private Duration parseSecondsOrDate(String value) {
		try {
			return Duration.ofSeconds(Long.parseLong(value));
		} catch (NumberFormatException notSeconds) {
			try {
				return Duration.between(clock.instant(),
						ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			} catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

	private CodioApiException statusError(String method, HttpUrl url, int status, String body) {
		String what = describe(method, url);
		String says = serverSays(body);
		return switch (status) {
		case 401 -> new CodioAuthenticationException(NLS.bind(ApiText.ApiTransport_tokenRefused, what, says), status)
				.pointingAt(ConnectionSetting.API_KEY);
		case 403 -> new CodioApiException(ErrorKind.ACCESS_DENIED,
				NLS.bind(ApiText.ApiTransport_accessDenied, what, says), status);
		case 404 -> new CodioApiException(ErrorKind.NOT_FOUND, NLS.bind(ApiText.ApiTransport_notFound, what, says),
				status);
		case 412 -> new CodioApiException(ErrorKind.PRECONDITION_FAILED,
				NLS.bind(ApiText.ApiTransport_misconfigured, what, says), status);
		case 415 -> new CodioApiException(ErrorKind.UNSUPPORTED_MEDIA_TYPE,
				NLS.bind(ApiText.ApiTransport_unsupportedFormat, what, says), status);
		default -> status >= 500
				? new CodioApiException(ErrorKind.SERVER,
						NLS.bind(ApiText.ApiTransport_serverError, new Object[] { what, status, says }), status)
				: new CodioApiException(ErrorKind.OTHER,
						NLS.bind(ApiText.ApiTransport_otherStatus, new Object[] { status, what, says }), status);
		};
	}

	private static ErrorKind kindOf(int status) {
		return status >= 500 ? ErrorKind.SERVER : status == 429 ? ErrorKind.RATE_LIMITED : ErrorKind.OTHER;
	}

	private <T> T parse(String body, Type type, String what, int status) throws CodioApiException {
		try {
			return gson.fromJson(body, type);
		} catch (JsonParseException | IllegalStateException e) {
			throw new CodioApiException(ErrorKind.BAD_RESPONSE, NLS.bind(ApiText.ApiTransport_notJson, what, status),
					e).pointingAt(ConnectionSetting.API_URL);
		}
	}

	/** Method and path, never the query: the token request carries the secret there. */
	static String describe(String method, HttpUrl url) {
		return method + " " + url.encodedPath();
	}

	private CodioApiException networkError(HttpUrl url, IOException e, IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (e instanceof SSLException) {
			return new CodioApiException(ErrorKind.TLS,
					NLS.bind(ApiText.ApiTransport_tlsFailed, url.host(), redact(e.getMessage())), e);
		}
		String reason = e instanceof InterruptedIOException ? ApiText.ApiTransport_timedOut
				: e.getClass().getSimpleName() + ": " + e.getMessage();
		return new CodioApiException(ErrorKind.NETWORK,
				NLS.bind(ApiText.ApiTransport_unreachable, new Object[] { url.host(), url.port(), redact(reason) }), e)
				.pointingAt(ConnectionSetting.NETWORK);
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
