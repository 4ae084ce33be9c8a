package codio.classdata.api;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import okhttp3.HttpUrl;

/**
 * Secrets and student data travel only over HTTPS; plain HTTP is accepted for loopback addresses alone (the
 * emulator, a local proxy under test).
 */
public final class LoopbackPolicy {

	private LoopbackPolicy() {
	}

	/** Throws with a user-facing message when the URL is plain HTTP to a non-loopback host. */
	public static HttpUrl requireSecure(String url, String what) {
		HttpUrl parsed = HttpUrl.parse(url);
		if (parsed == null) {
			throw new IllegalArgumentException(NLS.bind(ApiText.LoopbackPolicy_notHttpUrl, what, url));
		}
		if (!parsed.isHttps() && !isLoopback(parsed.host())) {
			throw new IllegalArgumentException(NLS.bind(ApiText.LoopbackPolicy_plainHttp,
					new Object[] { what, parsed.scheme(), parsed.host() }));
		}
		return parsed;
	}

	static boolean isLoopback(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		return lower.equals("localhost") || lower.startsWith("127.") || lower.equals("::1")
				|| lower.equals("[::1]") || lower.equals("0:0:0:0:0:0:0:1");
	}
}
