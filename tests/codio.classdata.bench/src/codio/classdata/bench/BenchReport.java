package codio.classdata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the bench's figures, prints each as one {@code bench: NAME ours=… anchor=… ratio=…} line, and writes
 * them with a description of the machine to docs/BENCHMARKS.md. One report serves all bench classes of a run, so
 * each class writes the file when it is done and the last one leaves all figures in it.
 */
final class BenchReport {

	private static final BenchReport SHARED = new BenchReport();

	/**
	 * One figure: ours against the anchor measured in the same run.
	 *
	 * @param ratio ours / anchor; for alternating rounds the median of the rounds' own ratios
	 */
	record Figure(String name, double ours, double anchor, String unit, String goal, String note, double ratio) {

		Figure(String name, double ours, double anchor, String unit, String goal, String note) {
			this(name, ours, anchor, unit, goal, note, ours / anchor);
		}

		/**
		 * Alternating rounds: ours and the anchor are the medians of their rounds, the ratio the median of the
		 * per-round ratios (a noisy round of one side does not pair with a quiet round of the other); every round
		 * is listed in the note.
		 */
		static Figure ofRounds(String name, List<Double> ours, List<Double> anchor, String unit, String goal,
				String how) {
			List<Double> ratios = new ArrayList<>();
			for (int i = 0; i < ours.size(); i++) {
				ratios.add(ours.get(i) / anchor.get(i));
			}
			return new Figure(name, median(ours), median(anchor), unit, goal, how + "; median of " + ours.size()
					+ " alternating rounds, ours " + rounded(ours) + ", anchor " + rounded(anchor) + ", ratios "
					+ rounded(ratios), median(ratios));
		}

		String line() {
			return String.format(Locale.ROOT, "bench: %s ours=%.2f anchor=%.2f ratio=%.3f", name, ours, anchor,
					ratio());
		}
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	static String rounded(List<Double> values) {
		return values.stream().map(value -> String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.2f", value))
				.toList().toString();
	}

	private final List<Figure> figures = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	private BenchReport() {
	}

	/** The report of this run. */
	static BenchReport shared() {
		return SHARED;
	}

	synchronized void add(Figure figure) {
		figures.add(figure);
		System.out.println(figure.line());
		System.out.flush();
	}

	/** A paragraph of Markdown after the table: what a figure's numbers do not say (a breakdown, a skipped one). */
	synchronized void note(String markdown) {
		notes.add(markdown);
	}

	synchronized void write(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		text.append("# Benchmarks\n\n");
		text.append("Run with `./mvnw -B -Pbench verify` (about 15 minutes on 2 cores), under a display or as\n");
		text.append("`xvfb-run -a ./mvnw -B -Pbench verify` (the Smart Import anchor needs a workbench). Each figure compares\n");
		text.append("our code with an established tool measured in the same run on the same machine, so the ratio is what\n");
		text.append("counts; absolute numbers move with the machine. Each ratio is the median of alternating rounds' own\n");
		text.append("ratios, every round listed.\n\n");
		text.append("Last run: ").append(LocalDate.now()).append(" on ").append(machine()).append("\n\n");
		text.append("| figure | ours | anchor | ratio | goal | how |\n|---|---|---|---|---|---|\n");
		for (Figure figure : figures) {
			text.append(String.format(Locale.ROOT, "| `%s` | %.2f %s | %.2f %s | %.3f | %s | %s |%n", figure.name(),
					figure.ours(), figure.unit(), figure.anchor(), figure.unit(), figure.ratio(), figure.goal(),
					figure.note()));
		}
		for (String note : notes) {
			text.append('\n').append(note).append('\n');
		}
		text.append("\nThe lines the bench prints:\n\n```\n");
		for (Figure figure : figures) {
			text.append(figure.line()).append('\n');
		}
		text.append("```\n");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
	}

	private static String machine() {
		String cpu = "unknown CPU";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
					.findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
		} catch (IOException e) {
			// Not Linux: the generic description below still says enough.
		}
		return String.format(Locale.ROOT, "%d cores (%s), %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
				cpu, System.getProperty("os.name"), System.getProperty("os.version"),
				System.getProperty("java.version"));
	}
}
