import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.clustering.ClusteringOptions;
import de.jplag.java.JavaLanguage;
import de.jplag.options.JPlagOptions;

/**
 * The similarity bench's anchor: JPlag 6 (GPL, Java 21+) through its API, in a process of its own, run with Java's
 * single-file source launcher ({@code java -cp 'target/jplag/*' JPlagLauncher.java}) because JPlag's command-line
 * jar is not on Maven Central. It stays up for the whole bench, so JPlag is as warm in each round as our code is:
 * each line {@code run ROOT BASECODE TOP} on stdin runs JPlag on every submission folder of ROOT with BASECODE as
 * its base code (-bc), and answers {@code elapsed NANOS}, {@code submissions VALID INVALID} (JPlag leaves out
 * submissions it cannot parse), then the TOP most similar pairs as
 * {@code pair A B SIMILARITY} (JPlag's default metric, the average similarity), then {@code done}.
 * Clustering is off: our side does not cluster, so the anchor is timed doing the same work.
 */
public class JPlagLauncher {

	public static void main(String[] args) throws Exception {
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			String[] command = line.trim().split(" ");
			if (command.length != 4 || !command[0].equals("run")) {
				throw new IllegalArgumentException("expected: run ROOT BASECODE TOP, got " + line);
			}
			JPlagOptions options = new JPlagOptions(new JavaLanguage(), Set.of(new File(command[1])), Set.of())
					.withBaseCodeSubmissionDirectory(new File(command[2]))
					.withClusteringOptions(new ClusteringOptions().withEnabled(false));
			long started = System.nanoTime();
			JPlagResult result = JPlag.run(options);
			long elapsed = System.nanoTime() - started;
			List<JPlagComparison> ranked = result.getAllComparisons().stream()
					.sorted(Comparator.comparingDouble(JPlagComparison::similarity).reversed()).toList();
			StringBuilder answer = new StringBuilder("elapsed " + elapsed + "\n");
			answer.append("submissions ").append(result.getSubmissions().numberOfSubmissions()).append(' ')
					.append(result.getSubmissions().getInvalidSubmissions().size()).append('\n');
			for (JPlagComparison comparison : ranked.subList(0, Math.min(ranked.size(),
					Integer.parseInt(command[3])))) {
				answer.append("pair ").append(comparison.firstSubmission().getName()).append(' ')
						.append(comparison.secondSubmission().getName()).append(' ')
						.append(comparison.similarity()).append('\n');
			}
			System.out.print(answer.append("done\n"));
			System.out.flush();
		}
	}
}
