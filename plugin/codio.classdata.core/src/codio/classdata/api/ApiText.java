package codio.classdata.api;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the api package, from apitext.properties. */
public final class ApiText extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.api.apitext";

	public static String ApiTransport_clientRefused;
	public static String ApiTransport_signInFailed;
	public static String ApiTransport_signInAnswer;
	public static String ApiTransport_answerTo;
	public static String ApiTransport_noAccessToken;
	public static String ApiTransport_emptyAnswer;
	public static String ApiTransport_dailyLimitUsed;
	public static String ApiTransport_tooManyRequests;
	public static String ApiTransport_tokenRefused;
	public static String ApiTransport_accessDenied;
	public static String ApiTransport_notFound;
	public static String ApiTransport_misconfigured;
	public static String ApiTransport_unsupportedFormat;
	public static String ApiTransport_serverError;
	public static String ApiTransport_otherStatus;
	public static String ApiTransport_notJson;
	public static String ApiTransport_tlsFailed;
	public static String ApiTransport_timedOut;
	public static String ApiTransport_unreachable;

	public static String CodioClient_samePageToken;
	public static String CodioClient_tooManyPages;

	public static String CodioEndpoints_apiUrl;
	public static String CodioEndpoints_oauthUrl;
	public static String CodioEndpoints_notADomain;
	public static String CodioEndpoints_empty;
	public static String CodioEndpoints_notHttp;

	public static String LoopbackPolicy_notHttpUrl;
	public static String LoopbackPolicy_plainHttp;

	public static String CodioWebPages_noHost;
	public static String CodioWebPages_notUsable;

	public static String CodioSecureStore_unavailable;

	public static String ClientCredentials_noClientId;
	public static String ClientCredentials_noClientSecret;

	public static String ExportKind_unknown;

	public static String ExportNotOfferedException_message;

	public static String ExportListNotOfferedException_message;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ApiText.class);
	}

	private ApiText() {
	}
}
