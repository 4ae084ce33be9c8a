package codio.classdata.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * JPlag, the similarity bench's anchor, in a process of its own (it is GPL and needs Java 21+, the bench runs on
 * 17): {@code jplag/JPlagLauncher.java} run by Java's single-file source launcher against the jars the bench profile
 * copies to {@code target/jplag}. The process stays up between runs, so JPlag is as warm in each round as our code.
 */
final class JPlagProcess implements AutoCloseable {

	/** JPlag 6 needs this Java release or newer. */
	static final int JAVA_RELEASE = 21;

	/**
	 * One run.
	 *
	 * @param seconds JPlag's own time for the run (parsing and comparing), measured inside its process
	 * @param valid   submissions JPlag read
	 * @param invalid submissions it left out (it could not parse them)
	 * @param top     the most similar pairs, most similar first
	 * @param scores  their similarity, 0-1
	 */
	record Run(double seconds, int valid, int invalid, List<SimilarityCorpus.Pair> top, List<Double> scores) {
	}

	private final Process process;
	private final Writer commands;
	private final BufferedReader answers;
	private final Path log;

	private JPlagProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
		commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
	}

	/** Starts the launcher; its error output (JPlag's log) goes to {@code log}. */
	static JPlagProcess start(Path java, Path jars, Path launcher, Path log) throws IOException {
		Process process = new ProcessBuilder(java.toString(), "-cp", jars.toAbsolutePath() + "/*",
				launcher.toAbsolutePath().toString()).redirectError(log.toFile()).start();
		return new JPlagProcess(process, log);
	}

	/** Runs JPlag on every submission folder of {@code root} with {@code baseCode} as its base code. */
	Run run(Path root, Path baseCode, int top) throws IOException {
		commands.write("run " + root.toAbsolutePath() + " " + baseCode.toAbsolutePath() + " " + top + "\n");
		commands.flush();
		double seconds = -1;
		int valid = -1;
		int invalid = -1;
		List<SimilarityCorpus.Pair> pairs = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		for (String line = answers.readLine(); !"done".equals(line); line = answers.readLine()) {
			if (line == null) {
				throw new IOException("JPlag stopped; its log " + log + " ends with:\n" + tail());
			}
			String[] words = line.split(" ");
			switch (words[0]) {
			case "elapsed" -> seconds = Long.parseLong(words[1]) / 1e9;
			case "submissions" -> {
				valid = Integer.parseInt(words[1]);
				invalid = Integer.parseInt(words[2]);
			}
			case "pair" -> {
				pairs.add(SimilarityCorpus.Pair.of(words[1], words[2]));
				scores.add(Double.parseDouble(words[3]));
			}
			default -> throw new IOException("unexpected answer from JPlag: " + line);
			}
		}
		return new Run(seconds, valid, invalid, pairs, scores);
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
	}

	@Override
	public void close() throws IOException {
		commands.close();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A {@code java} of release {@link #JAVA_RELEASE} or newer: {@code -Dcodio.classdata.bench.jplagJava=PATH},
	 * else Temurin 25 where the build notes put it, else the newest such JDK under /usr/lib/jvm.
	 */
	static Optional<Path> findJava() throws IOException {
		String chosen = System.getProperty("codio.classdata.bench.jplagJava", "");
		if (!chosen.isBlank()) {
			return Optional.of(Path.of(chosen)).filter(Files::isExecutable);
		}
		Path temurin = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
		if (release(temurin) >= JAVA_RELEASE) {
			return Optional.of(temurin.resolve("bin/java"));
		}
		Path jvms = Path.of("/usr/lib/jvm");
		if (!Files.isDirectory(jvms)) {
			return Optional.empty();
		}
		try (Stream<Path> homes = Files.list(jvms)) {
			return homes.filter(home -> release(home) >= JAVA_RELEASE)
					.max(Comparator.comparingInt(JPlagProcess::release)).map(home -> home.resolve("bin/java"));
		}
	}

	/** The Java release of a JDK folder, from its {@code release} file; 0 when it is not one. */
	private static int release(Path home) {
		try {
			if (!Files.isExecutable(home.resolve("bin/java"))) {
				return 0;
			}
			for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
				if (line.startsWith("JAVA_VERSION=")) {
					String version = line.substring(line.indexOf('=') + 1).replace("\"", "");
					String major = version.startsWith("1.") ? version.substring(2) : version;
					return Integer.parseInt(major.split("[.+-]")[0]);
				}
			}
		} catch (IOException | NumberFormatException e) {
			// not a JDK we can read: not one JPlag can use
		}
		return 0;
	}
}
