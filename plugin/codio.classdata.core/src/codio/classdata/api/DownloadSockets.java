package codio.classdata.api;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;

import javax.net.SocketFactory;

/**
 * Sockets for archive downloads, which move gigabytes. Measured on loopback (1 GiB): okio reads a socket 8 KiB at a
 * time and arms its watchdog timeout around every read, which held our downloads to about half of curl's speed.
 * These sockets read from the kernel in {@value #READ_BUFFER_BYTES}-byte chunks (okio then takes its 8 KiB from
 * memory), and keep a read timeout of their own, so the download client can turn okio's per-read timeout off and
 * a stalled host still fails the read instead of hanging.
 */
final class DownloadSockets extends SocketFactory {

	static final int READ_BUFFER_BYTES = 256 * 1024;

	private final int readTimeoutMillis;

	DownloadSockets(Duration readTimeout) {
		this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
	}

	@Override
	public Socket createSocket() throws SocketException {
		return new BufferedSocket(readTimeoutMillis);
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return connected(new InetSocketAddress(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		Socket socket = createSocket();
		socket.bind(new InetSocketAddress(localHost, localPort));
		socket.connect(new InetSocketAddress(host, port));
		return socket;
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return connected(new InetSocketAddress(host, port));
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		Socket socket = createSocket();
		socket.bind(new InetSocketAddress(localAddress, localPort));
		socket.connect(new InetSocketAddress(address, port));
		return socket;
	}

	private Socket connected(InetSocketAddress address) throws IOException {
		Socket socket = createSocket();
		socket.connect(address);
		return socket;
	}

	/** A plain socket whose input is buffered and whose read timeout never becomes "wait for ever". */
	static final class BufferedSocket extends Socket {

		private final int readTimeoutMillis;
		private InputStream input;

		BufferedSocket(int readTimeoutMillis) throws SocketException {
			this.readTimeoutMillis = readTimeoutMillis;
			super.setSoTimeout(readTimeoutMillis);
		}

		@Override
		public synchronized InputStream getInputStream() throws IOException {
			if (input == null) {
				input = new BufferedInputStream(super.getInputStream(), READ_BUFFER_BYTES);
			}
			return input;
		}

		/** okhttp sets 0 when its own (per-read) timeout is off; this socket keeps its own then. */
		@Override
		public synchronized void setSoTimeout(int timeout) throws SocketException {
			super.setSoTimeout(timeout == 0 ? readTimeoutMillis : timeout);
		}
	}
}
