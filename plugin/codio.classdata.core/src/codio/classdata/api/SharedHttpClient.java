package codio.classdata.api;

import java.net.ProxySelector;
import java.time.Duration;

import okhttp3.OkHttpClient;

/**
 * The one okhttp client of the plugin: one connection pool, Eclipse's proxy settings. API calls and downloads
 * derive their own timeouts from it with {@link OkHttpClient#newBuilder()}, which shares the pool.
 */
public final class SharedHttpClient {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
	private static final Duration API_READ_TIMEOUT = Duration.ofSeconds(60);

	private static volatile OkHttpClient base;

	private SharedHttpClient() {
	}

	/** For calls to Codio's API. */
	public static OkHttpClient forApi() {
		return base().newBuilder().readTimeout(API_READ_TIMEOUT).build();
	}

	/**
	 * For archive downloads: no call timeout, no redirects to plain http, sockets that read in large chunks
	 * ({@link DownloadSockets}) and no per-read timeout: the download watches for a stall itself.
	 */
	public static OkHttpClient forDownloads() {
		return base().newBuilder().readTimeout(Duration.ZERO).socketFactory(new DownloadSockets())
				.followSslRedirects(false).build();
	}

	private static OkHttpClient base() {
		OkHttpClient client = base;
		if (client == null) {
			synchronized (SharedHttpClient.class) {
				client = base;
				if (client == null) {
					OkHttpClient.Builder builder = new OkHttpClient.Builder().connectTimeout(CONNECT_TIMEOUT);
					ProxySelector selector = EclipseProxySelector.create();
					builder.proxySelector(selector);
					if (selector instanceof EclipseProxySelector eclipse) {
						builder.proxyAuthenticator(eclipse.authenticator());
					}
					client = builder.build();
					base = client;
				}
			}
		}
		return client;
	}
}
