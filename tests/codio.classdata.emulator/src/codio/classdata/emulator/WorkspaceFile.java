package codio.classdata.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One file of a generated workspace: text, or incompressible data of a given size that is only produced while
 * it is written out.
 */
record WorkspaceFile(String path, byte[] text, long incompressibleSize, long seed) {

	static WorkspaceFile text(String path, String content) {
		return new WorkspaceFile(path, content.getBytes(StandardCharsets.UTF_8), 0, 0);
	}

	static WorkspaceFile incompressible(String path, long size, long seed) {
		return new WorkspaceFile(path, null, size, seed);
	}

	boolean isIncompressible() {
		return text == null;
	}

	long size() {
		return isIncompressible() ? incompressibleSize : text.length;
	}

	void writeTo(OutputStream out) throws IOException {
		if (isIncompressible()) {
			IncompressibleBytes.write(out, incompressibleSize, seed);
		} else {
			out.write(text);
		}
	}
}
