package codio.classdata.review;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a program the tests need (python3, javac, java) is at hand. */
final class Executables {

	private Executables() {
	}

	/** Whether the program is a path to an executable, or an executable in a folder of the PATH. */
	static boolean onPath(String executable) {
		if (executable.contains("/") || executable.contains(File.separator)) {
			return Files.isExecutable(Path.of(executable));
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (!directory.isEmpty() && (Files.isExecutable(Path.of(directory, executable))
					|| Files.isExecutable(Path.of(directory, executable + ".exe")))) {
				return true;
			}
		}
		return false;
	}
}
