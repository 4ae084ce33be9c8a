package codio.classdata.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.net.proxy.IProxyData;
import org.eclipse.core.net.proxy.IProxyService;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;

/**
 * Applies the proxies of Window > Preferences > General > Network Connections (IProxyService) to okhttp. Outside
 * OSGi, or when the service is absent, it falls back to the JVM's default selector.
 */
final class EclipseProxySelector extends ProxySelector {

	private final ServiceTracker<IProxyService, IProxyService> tracker;

	private EclipseProxySelector(ServiceTracker<IProxyService, IProxyService> tracker) {
		this.tracker = tracker;
	}

	/** A selector bound to the proxy service, or the JVM default when there is no framework. */
	static ProxySelector create() {
		Bundle bundle = FrameworkUtil.getBundle(EclipseProxySelector.class);
		if (bundle == null || bundle.getBundleContext() == null) {
			return ProxySelector.getDefault();
		}
		ServiceTracker<IProxyService, IProxyService> tracker = new ServiceTracker<>(bundle.getBundleContext(),
				IProxyService.class, null);
		tracker.open();
		return new EclipseProxySelector(tracker);
	}

	@Override
	public List<Proxy> select(URI uri) {
		Optional<IProxyData[]> data = proxyData(uri);
		List<Proxy> proxies = new ArrayList<>();
		for (IProxyData proxy : data.orElse(new IProxyData[0])) {
			if (proxy.getHost() == null) {
				continue;
			}
			Proxy.Type type = IProxyData.SOCKS_PROXY_TYPE.equals(proxy.getType()) ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
			proxies.add(new Proxy(type, InetSocketAddress.createUnresolved(proxy.getHost(), proxy.getPort())));
		}
		if (proxies.isEmpty()) {
			proxies.add(Proxy.NO_PROXY);
		}
		return proxies;
	}

	@Override
	public void connectFailed(URI uri, SocketAddress address, IOException failure) {
		// okhttp tries the next proxy by itself; nothing to remember.
	}

	/** Answers a proxy's 407 with the user and password configured for it in Eclipse. */
	Authenticator authenticator() {
		return (route, response) -> {
			if (response.request().header("Proxy-Authorization") != null || route == null) {
				return null; // already tried: give up instead of looping
			}
			IProxyService service = tracker.getService();
			if (service == null) {
				return null;
			}
			for (IProxyData proxy : service.getProxyData()) {
				InetSocketAddress address = (InetSocketAddress) route.proxy().address();
				if (proxy.isRequiresAuthentication() && proxy.getUserId() != null
						&& address.getHostString().equals(proxy.getHost()) && address.getPort() == proxy.getPort()) {
					Request.Builder retry = response.request().newBuilder();
					return retry.header("Proxy-Authorization",
							Credentials.basic(proxy.getUserId(), proxy.getPassword() == null ? "" : proxy.getPassword()))
							.build();
				}
			}
			return null;
		};
	}

	private Optional<IProxyData[]> proxyData(URI uri) {
		IProxyService service = tracker.getService();
		if (service == null || !service.isProxiesEnabled()) {
			return Optional.empty();
		}
		return Optional.ofNullable(service.select(uri));
	}
}
