package codio.classdata.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A finished process: its exit code and everything it printed (stdout and stderr together). */
record ProcessRun(List<String> command, int exitCode, String output) {

	/** Runs the command in {@code directory} with extra environment variables, and waits at most {@code seconds}. */
	static ProcessRun run(Path directory, Map<String, String> environment, long seconds, List<String> command)
			throws IOException, InterruptedException {
		Path log = Files.createTempFile(directory, "process", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new AssertionError("Timed out after " + seconds + " s: " + command + "\n"
					+ Files.readString(log, StandardCharsets.UTF_8));
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.delete(log);
		return new ProcessRun(command, process.exitValue(), output);
	}

	/** For assertion messages. */
	String describe() {
		return String.join(" ", command) + "\nexit " + exitCode + "\n" + output;
	}
}
