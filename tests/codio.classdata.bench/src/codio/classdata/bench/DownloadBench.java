package codio.classdata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import codio.classdata.api.AccessTokenStore;
import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportStatus;
import codio.classdata.emulator.StandaloneEmulator;
import codio.classdata.emulator.DemoData;
import codio.classdata.export.DownloadOperation;
import codio.classdata.export.DownloadResult;
import codio.classdata.export.ExportHistory;
import codio.classdata.export.ExportOperation;
import codio.classdata.export.PollingSchedule;

/**
 * The download bench (run by {@code ./mvnw -B -Pbench verify}, never by the normal build): a 1 GiB class export
 * served by the emulator, a process of its own on loopback, downloaded by our {@link DownloadOperation} and by
 * {@code curl -s -o} in alternating rounds after a warm-up of each, each timed from start to a complete file; the
 * ratio is the median of the rounds' ratios. Also the heap our download grows by.
 */
class DownloadBench {

	private static final long EXPORT_BYTES = 1L << 30;
	private static final int ROUNDS = Integer.getInteger("codio.classdata.bench.downloadRounds", 9);
	private static final double HEAP_ANCHOR_MIB = 32;

	@Test
	void downloadAgainstCurl() throws Exception {
		Path work = Files.createTempDirectory("codio-bench");
		BenchReport report = BenchReport.shared();
		// A process of its own, so that serving the file neither shares our heap nor our JIT and GC threads.
		try (StandaloneEmulator emulator = StandaloneEmulator.start("--task-delay-ms", "0", "--export-size",
				String.valueOf(EXPORT_BYTES))) {
			String url = exportUrl(emulator);

			Path curlFile = work.resolve("curl.zip");
			runCurl(url, curlFile); // warm-up: builds the export file and fills the page cache
			long size = Files.size(curlFile);
			assertTrue(size >= EXPORT_BYTES * 9 / 10, "the export should be about 1 GiB, is " + size);
			// and ours: loads and compiles our download code, as curl's is loaded before its first round
			Files.delete(curlFile);
			Path warmUp = new DownloadOperation(url, Files.createDirectories(work.resolve("ours-warm-up")))
					.run(new NullProgressMonitor()).file();

			List<Double> ours = new ArrayList<>();
			List<Double> curl = new ArrayList<>();
			double heapGrowthMiB = 0;
			// The file of the run before is deleted just before each run, whichever side made it: the kernel then
			// hands both sides the page cache that deletion frees (on a VM, memory freed long ago can be far
			// slower to write to).
			Path previous = warmUp;
			for (int round = 0; round < ROUNDS; round++) {
				// who goes first alternates too, so that neither always follows the same side
				for (int turn = 0; turn < 2; turn++) {
					if ((round + turn) % 2 == 0) {
						Files.deleteIfExists(previous);
						long started = System.nanoTime();
						runCurl(url, curlFile);
						curl.add(size / 1e6 / ((System.nanoTime() - started) / 1e9));
						previous = curlFile;
					} else {
						Path folder = Files.createDirectories(work.resolve("ours-" + round));
						Files.deleteIfExists(previous);
						long started = System.nanoTime();
						DownloadResult result = new DownloadOperation(url, folder).run(new NullProgressMonitor());
						ours.add(size / 1e6 / ((System.nanoTime() - started) / 1e9));
						assertEquals(size, result.bytes());
						previous = result.file();
					}
				}
			}
			Files.deleteIfExists(previous);
			// Heap in a run of its own: the sampler's forced collections would slow the timed rounds.
			HeapSampler heap = new HeapSampler();
			DownloadResult sampled = new DownloadOperation(url, Files.createDirectories(work.resolve("heap")))
					.run(new NullProgressMonitor());
			heapGrowthMiB = heap.stop();
			assertEquals(size, sampled.bytes());
			report.add(BenchReport.Figure.ofRounds("download-vs-curl", ours, curl, "MB/s", "ratio ≥ 0.95",
					"1 GiB class export from the emulator (a process of its own) on loopback, `curl -s -o` as "
							+ "anchor, each timed from start to a complete file, after a warm-up of each; the file "
							+ "of the run before is deleted just before each run, whichever side made it"));
			report.add(new BenchReport.Figure("download-heap-growth-mib", heapGrowthMiB, HEAP_ANCHOR_MIB, "MiB",
					"≤ 32 MiB", "peak live heap during a separate run of our download (sampled after a GC every "
							+ "50 ms) minus the live heap before it; the anchor is the 32 MiB budget"));
		} finally {
			deleteTree(work);
		}
		report.write(Path.of(System.getProperty("codio.classdata.docs", "target")).resolve("BENCHMARKS.md"));
	}

	private static String exportUrl(StandaloneEmulator emulator) throws Exception {
		CodioClient client = new CodioClient(new CodioEndpoints(emulator.apiUrl(), emulator.oauthUrl()),
				new ClientCredentials(DemoData.CLIENT_ID, DemoData.CLIENT_SECRET), AccessTokenStore.inMemory());
		String courseId = DemoData.organisation().courses().get(0).id();
		ExportStatus status = new ExportOperation(client, ExportHistory.inMemory(), courseId, ExportKind.WORKDATA)
				.polling(new PollingSchedule(Duration.ofMillis(20), Duration.ofMillis(200), 2))
				.run(new NullProgressMonitor());
		return status.url();
	}

	private static void runCurl(String url, Path file) throws IOException, InterruptedException {
		Process curl = new ProcessBuilder("curl", "-s", "-o", file.toString(), url).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		assertEquals(0, curl.waitFor(), "curl failed");
	}

	private static void deleteTree(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			paths.sorted(Collections.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}
}
