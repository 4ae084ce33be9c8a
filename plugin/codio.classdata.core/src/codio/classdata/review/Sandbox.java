package codio.classdata.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import codio.classdata.workspace.RelativePaths;
import codio.classdata.workspace.StudentCommands;

/**
 * A throw-away copy of a student's project in which student code runs, as Codio runs it in a temporary container:
 * the student's files plus the hidden {@code .guides/secure/} files of the assignment's baseline. Nothing is ever
 * written into the student's project. Every command runs through the system shell in the copy, with a time limit
 * at which its whole process tree is killed, output capped at Codio's 20,000 characters, a home folder of its own
 * and an environment without Codio credentials, tokens, passwords or proxy credentials.
 */
public final class Sandbox implements AutoCloseable {

	/** Codio caps a test's output at this many characters. */
	public static final int OUTPUT_CAP = 20_000;
	static final String SECURE = ".guides/secure";
	/** Runs a program at a lower priority (POSIX); null where there is none. */
	private static final String NICE = Files.isExecutable(Path.of("/usr/bin/nice")) ? "/usr/bin/nice"
			: Files.isExecutable(Path.of("/bin/nice")) ? "/bin/nice" : null;

	private final Path root;
	private final Path work;
	private final Path home;

	private Sandbox(Path root) throws IOException {
		this.root = root;
		this.work = Files.createDirectories(root.resolve("work"));
		this.home = Files.createDirectories(root.resolve("home"));
	}

	/**
	 * Copies the project (links not followed, none copied) and lays the baseline's hidden files over it.
	 *
	 * @param baseline the assignment's starter baseline, or null when there is none
	 * @param skip     project paths ({@code /}-separated) not to copy, such as Eclipse's build output
	 */
	public static Sandbox of(Path project, Path baseline, java.util.function.Predicate<String> skip)
			throws IOException {
		Sandbox sandbox = new Sandbox(Files.createTempDirectory("codio-classdata-run"));
		try {
			copy(project, sandbox.work, skip);
			if (baseline != null && Files.isDirectory(baseline.resolve(SECURE))) {
				copy(baseline.resolve(SECURE), sandbox.work.resolve(SECURE), path -> false);
			}
			return sandbox;
		} catch (IOException | RuntimeException e) {
			sandbox.close();
			throw e;
		}
	}

	/**
	 * A new sandbox holding what this one's folder holds now, such as a project after its compile step, so that
	 * several tests can start from that state without repeating the step.
	 */
	public Sandbox copy() throws IOException {
		Sandbox copy = new Sandbox(Files.createTempDirectory("codio-classdata-run"));
		try {
			copy(work, copy.work, path -> false);
			return copy;
		} catch (IOException | RuntimeException e) {
			copy.close();
			throw e;
		}
	}

	/** The copy, where commands run. */
	public Path folder() {
		return work;
	}

	/**
	 * What one command did.
	 *
	 * @param exitCode the exit code, or -1 when it was killed at the time limit
	 * @param stdout   standard output, at most {@link #OUTPUT_CAP} characters
	 * @param stderr   standard error, at most {@link #OUTPUT_CAP} characters
	 * @param timedOut whether it reached the time limit (its process tree was killed)
	 * @param seconds  how long it ran
	 */
	public record Result(int exitCode, String stdout, String stderr, boolean timedOut, double seconds) {
	}

	/**
	 * Runs a command line through the system shell in the copy, with {@code input} on its standard input.
	 *
	 * @throws OperationCanceledException the monitor was cancelled; the process tree is killed first
	 */
	public Result run(String command, String input, Duration limit, IProgressMonitor monitor)
			throws IOException, InterruptedException {
		return run(StudentCommands.shell(command), work, input, limit, monitor);
	}

	/**
	 * Runs a program without a shell in a folder of the copy (relative to it; it may not leave the copy).
	 *
	 * @throws OperationCanceledException the monitor was cancelled; the process tree is killed first
	 */
	public Result runProgram(List<String> commandLine, String folder, String input, Duration limit,
			IProgressMonitor monitor) throws IOException, InterruptedException {
		Path directory = work.resolve(folder).normalize();
		if (!directory.startsWith(work) || !Files.isDirectory(directory)) {
			throw new IOException(folder + " is not a folder of the project");
		}
		return run(commandLine, directory, input, limit, monitor);
	}

	private Result run(List<String> commandLine, Path directory, String input, Duration limit,
			IProgressMonitor monitor) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(politely(commandLine)).directory(directory.toFile());
		clean(builder.environment(), home);
		long started = System.nanoTime();
		Process process = builder.start();
		CappedReader out = new CappedReader(process.getInputStream());
		CappedReader err = new CappedReader(process.getErrorStream());
		Thread feeder = new Thread(() -> feed(process.getOutputStream(), input), "codio test input");
		feeder.setDaemon(true);
		feeder.start();
		long deadline = started + limit.toNanos();
		boolean finished = false;
		try {
			while (!(finished = process.waitFor(100, TimeUnit.MILLISECONDS)) && System.nanoTime() < deadline) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
			}
		} finally {
			if (!finished) {
				killTree(process);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		String stdout = out.text();
		String stderr = err.text();
		return new Result(finished ? process.exitValue() : -1, stdout, stderr, !finished, seconds);
	}

	/**
	 * The command line at a lower scheduling priority where {@code nice} exists: the students' programs then never
	 * take the CPU from the IDE the instructor is using, and run as fast as before when nothing else wants it.
	 */
	private static List<String> politely(List<String> commandLine) {
		if (NICE == null) {
			return commandLine;
		}
		List<String> nice = new java.util.ArrayList<>(List.of(NICE, "-n", "10"));
		nice.addAll(commandLine);
		return nice;
	}

	/** Deletes the copy. */
	@Override
	public void close() throws IOException {
		TemporaryFolders.delete(root);
	}

	/** No credentials reach student code: Codio's variables, tokens, passwords, proxies that carry a password. */
	static void clean(Map<String, String> environment, Path home) {
		StudentCommands.withoutCredentials(environment);
		environment.put("HOME", home.toString());
		environment.put("USERPROFILE", home.toString());
	}

	private static void killTree(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		try {
			process.waitFor(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void feed(OutputStream stdin, String input) {
		try (stdin) {
			if (input != null && !input.isEmpty()) {
				stdin.write(input.getBytes(StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			// the program ended without reading all of its input, as programs may
		}
	}

	private static void copy(Path from, Path to, java.util.function.Predicate<String> skip) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				String relative = RelativePaths.of(from, dir);
				if (!relative.isEmpty() && skip.test(relative + "/")) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				if (attributes.isRegularFile() && !skip.test(RelativePaths.of(from, file))) {
					Path target = to.resolve(from.relativize(file).toString());
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
							LinkOption.NOFOLLOW_LINKS);
					target.toFile().setWritable(true);
				}
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** Reads a stream to its end on a thread of its own, keeping the first {@link #OUTPUT_CAP} characters. */
	private static final class CappedReader {

		private final StringBuilder text = new StringBuilder();
		private final Thread thread;

		CappedReader(InputStream stream) {
			thread = new Thread(() -> {
				byte[] buffer = new byte[8192];
				java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
				try (stream) {
					for (int read; (read = stream.read(buffer)) >= 0;) {
						// 4 bytes per character at most: enough bytes for the cap, the rest is drained
						int room = OUTPUT_CAP * 4 - kept.size();
						if (room > 0) {
							kept.write(buffer, 0, Math.min(room, read));
						}
					}
				} catch (IOException e) {
					// the process was killed: keep what arrived
				}
				String decoded = kept.toString(StandardCharsets.UTF_8);
				synchronized (text) {
					text.append(decoded, 0, Math.min(decoded.length(), OUTPUT_CAP));
				}
			}, "codio test output");
			thread.setDaemon(true);
			thread.start();
		}

		String text() throws InterruptedException {
			// a killed tree's grandchildren may still hold the pipe: do not wait for ever
			thread.join(2000);
			synchronized (text) {
				return text.toString();
			}
		}
	}
}
