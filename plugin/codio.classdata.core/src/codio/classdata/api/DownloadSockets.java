package codio.classdata.api;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;

import javax.net.SocketFactory;

/**
 * Sockets for archive downloads, which move gigabytes. Measured on loopback (1 GiB): okio reads a socket 8 KiB at a
 * time and arms its watchdog timeout around every read, and a socket read timeout adds a poll before every read;
 * together they held our downloads to about half of curl's speed. These sockets read from the kernel in
 * {@value #READ_BUFFER_BYTES}-byte chunks (okio then takes its 8 KiB from memory) and block without a timeout: the
 * download client turns okio's per-read timeout off, and {@code DownloadOperation} watches for a stall instead.
 */
final class DownloadSockets extends SocketFactory {

	static final int READ_BUFFER_BYTES = 256 * 1024;

	@Override
	public Socket createSocket() throws SocketException {
		return new BufferedSocket();
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

	/** A plain socket whose input is buffered. */
	static final class BufferedSocket extends Socket {

		private InputStream input;

		@Override
		public synchronized InputStream getInputStream() throws IOException {
			if (input == null) {
				input = new BufferedInputStream(super.getInputStream(), READ_BUFFER_BYTES);
			}
			return input;
		}
	}
}
