package codio.classdata.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import javax.net.ServerSocketFactory;

/**
 * Server sockets whose connections send at once (TCP_NODELAY). MockWebServer writes a response's headers and body
 * separately; with Nagle's algorithm the body then waits for the client's delayed ACK, about 40 ms per request.
 */
final class NoDelayServerSockets extends ServerSocketFactory {

	@Override
	public ServerSocket createServerSocket() throws IOException {
		return new NoDelayServerSocket();
	}

	@Override
	public ServerSocket createServerSocket(int port) throws IOException {
		ServerSocket socket = createServerSocket();
		socket.bind(new InetSocketAddress(port));
		return socket;
	}

	@Override
	public ServerSocket createServerSocket(int port, int backlog) throws IOException {
		ServerSocket socket = createServerSocket();
		socket.bind(new InetSocketAddress(port), backlog);
		return socket;
	}

	@Override
	public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
		ServerSocket socket = createServerSocket();
		socket.bind(new InetSocketAddress(address, port), backlog);
		return socket;
	}

	private static final class NoDelayServerSocket extends ServerSocket {

		NoDelayServerSocket() throws IOException {
			super();
		}

		@Override
		public Socket accept() throws IOException {
			Socket socket = new Socket();
			implAccept(socket);
			socket.setTcpNoDelay(true);
			return socket;
		}
	}
}
