package codio.classdata.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.AccessTokenStore;
import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.ErrorKind;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportStatus;
import codio.classdata.api.ExportTask;
import codio.classdata.api.RateLimiter;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedHost;
import codio.classdata.emulator.LoggedRequest;
import okhttp3.OkHttpClient;

/** Export, wait, list and download against the emulator, with its faults. */
class ExportPipelineTest {

	private static final PollingSchedule FAST = new PollingSchedule(Duration.ofMillis(20), Duration.ofMillis(100), 2);

	@TempDir
	Path folder;
	private CodioEmulator emulator;
	private CodioClient client;
	private String courseId;

	@BeforeEach
	void start() throws Exception {
		emulator = CodioEmulator.startDemo();
		emulator.state().setTaskDelay(Duration.ofMillis(200));
		client = clientWith(new RateLimiter(50, Duration.ofSeconds(10)));
		courseId = emulator.state().courses("false").get(0).id();
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private CodioClient clientWith(RateLimiter limiter) {
		return new CodioClient(new CodioEndpoints(emulator.apiUrl(), emulator.oauthUrl()),
				new ClientCredentials(DemoData.CLIENT_ID, DemoData.CLIENT_SECRET), AccessTokenStore.inMemory(),
				new OkHttpClient(), Clock.systemUTC(), limiter);
	}

	@Test
	void startsAnExportWaitsForItAndRemembersWhenItStarted() throws Exception {
		ExportHistory history = new ExportHistory(folder.resolve("history.json"));
		Instant before = Instant.now();

		ExportOperation operation = new ExportOperation(client, history, courseId, ExportKind.WORKDATA).polling(FAST);
		ExportStatus status = operation.run(new NullProgressMonitor());

		assertTrue(status.succeeded());
		assertTrue(status.url().startsWith(emulator.archiveUrl()), status.url());
		ExportHistory reread = new ExportHistory(folder.resolve("history.json"));
		ExportHistory.Entry entry = reread.find(courseId, ExportKind.WORKDATA, operation.taskId()).orElseThrow();
		assertFalse(entry.startedAt().isBefore(before));
		assertEquals(status.url(), entry.url());
	}

	@Test
	void listedLinksShowExpiryOnlyWhereTheStartIsKnown() throws Exception {
		ExportHistory history = ExportHistory.inMemory();
		ExportOperation ours = new ExportOperation(client, history, courseId, ExportKind.WORKDATA).polling(FAST);
		ours.run(new NullProgressMonitor());
		String elsewhere = emulator.state().recordExport(courseId,
				codio.classdata.emulator.ExportKind.WORKDATA, Duration.ofDays(2), null);

		ExportLinkList list = ExportLinkList.load(client, history, courseId, List.of(ExportKind.WORKDATA),
				Clock.systemUTC(), new NullProgressMonitor());

		ExportLink mine = link(list, ours.taskId());
		assertEquals(ExportLink.Status.READY, mine.status());
		assertEquals(mine.startedAt().get().plus(Duration.ofDays(7)), mine.expiresAt().get());
		ExportLink foreign = link(list, elsewhere);
		assertEquals(ExportLink.Status.READY, foreign.status());
		assertEquals(Optional.empty(), foreign.startedAt(), "nothing invented for links made elsewhere");
		assertEquals(Optional.empty(), foreign.expiresAt());
	}

	@Test
	void aServerWithoutAccessOrLtiExportsIsReportedNotFailed() throws Exception {
		emulator.state().withholdUndocumentedEndpoints(404);

		ExportLinkList list = ExportLinkList.load(client, ExportHistory.inMemory(), courseId,
				List.of(ExportKind.WORKDATA, ExportKind.ACCESS, ExportKind.LTI), Clock.systemUTC(),
				new NullProgressMonitor());

		assertEquals(2, list.notOffered().size());
		CodioApiException start = assertThrows(CodioApiException.class,
				() -> new ExportOperation(client, ExportHistory.inMemory(), courseId, ExportKind.ACCESS).polling(FAST)
						.run(new NullProgressMonitor()));
		assertEquals(ErrorKind.NOT_OFFERED, start.kind());
	}

	@Test
	void aKindWhoseListTheServerLacksShowsTheLinksStartedHereAndHidesNoOtherKind() throws Exception {
		ExportHistory history = ExportHistory.inMemory();
		ExportOperation coach = new ExportOperation(client, history, courseId, ExportKind.COACH).polling(FAST);
		coach.run(new NullProgressMonitor());
		String workdata = emulator.state().recordExport(courseId, codio.classdata.emulator.ExportKind.WORKDATA,
				Duration.ofDays(1), null);

		ExportLinkList list = ExportLinkList.load(client, history, courseId,
				List.of(ExportKind.WORKDATA, ExportKind.SOURCES, ExportKind.COACH), Clock.systemUTC(),
				new NullProgressMonitor());

		assertEquals(List.of(ExportKind.COACH), list.unlisted());
		assertEquals(List.of(), list.notOffered());
		assertEquals(ExportLink.Status.READY, link(list, workdata).status(), "the documented list still shows");
		ExportLink started = link(list, coach.taskId());
		assertEquals(ExportLink.Status.READY, started.status());
		assertTrue(started.url().startsWith(emulator.archiveUrl()), started.url());
		assertEquals(1, emulator.requestLog().count("GET /api/v1/courses/{id}/export/coach"), "asked once");
	}

	@Test
	void whereTheServerListsThatKindItsLinksComeFromTheServer() throws Exception {
		emulator.state().serveUndocumentedEndpoints();
		String elsewhere = emulator.state().recordExport(courseId, codio.classdata.emulator.ExportKind.COACH,
				Duration.ofDays(1), null);

		ExportLinkList list = ExportLinkList.load(client, ExportHistory.inMemory(), courseId,
				List.of(ExportKind.COACH, ExportKind.LLMPROXY), Clock.systemUTC(), new NullProgressMonitor());

		assertEquals(List.of(), list.unlisted());
		assertEquals(ExportLink.Status.READY, link(list, elsewhere).status());
	}

	@Test
	void anAccessExportStartedHereShowsEvenWhereTheServerListsNoAccessLinks() throws Exception {
		emulator.state().serveUndocumentedEndpoints();
		ExportHistory history = ExportHistory.inMemory();
		ExportOperation access = new ExportOperation(client, history, courseId, ExportKind.ACCESS).polling(FAST);
		access.run(new NullProgressMonitor());
		emulator.state().withholdUndocumentedEndpoints(404); // the list (and from now on everything) answers 404

		ExportLinkList list = ExportLinkList.load(client, history, courseId, List.of(ExportKind.ACCESS, ExportKind.LTI),
				Clock.systemUTC(), new NullProgressMonitor());

		assertEquals(List.of(ExportKind.ACCESS), list.unlisted());
		assertEquals(List.of(ExportKind.LTI), list.notOffered().stream().map(e -> e.exportKind()).toList());
		assertEquals(ExportLink.Status.READY, link(list, access.taskId()).status());
	}

	@Test
	void anUnfinishedTaskInTheHistoryThatTheServerNoLongerAnswersForHidesNothing() throws Exception {
		ExportHistory history = ExportHistory.inMemory();
		history.recordStarted(courseId, ExportKind.ACCESS, "0123456789abcdef0123456789abcdef", Instant.now());
		history.recordStarted(courseId, ExportKind.COACH, "fedcba9876543210fedcba9876543210", Instant.now());
		// a file downloaded from a link made elsewhere: its entry knows no class
		history.recordDownloaded("https://archives.example.org/elsewhere.zip", folder.resolve("elsewhere.zip"), 1);
		String workdata = emulator.state().recordExport(courseId, codio.classdata.emulator.ExportKind.WORKDATA,
				Duration.ofHours(1), null);

		ExportLinkList list = ExportLinkList.load(client, history, courseId,
				List.of(ExportKind.WORKDATA, ExportKind.COACH, ExportKind.ACCESS), Clock.systemUTC(),
				new NullProgressMonitor());

		assertEquals(ExportLink.Status.READY, link(list, workdata).status());
		assertEquals(List.of(ExportKind.COACH), list.unlisted(), "coach is in the API, its list is not");
		assertEquals(List.of(ExportKind.ACCESS), list.notOffered().stream().map(e -> e.exportKind()).toList());
	}

	@Test
	void onlyTheNewestUnfinishedTasksOfTheLastDayAreAskedAbout() throws Exception {
		ExportHistory history = ExportHistory.inMemory();
		Instant now = Instant.now();
		for (int i = 0; i < 10; i++) {
			history.recordStarted(courseId, ExportKind.COACH, String.format("%032x", i), now.minusSeconds(60 * i));
		}
		history.recordStarted(courseId, ExportKind.LLMPROXY, String.format("%032x", 99), now.minus(Duration.ofDays(2)));

		ExportLinkList.load(client, history, courseId, List.of(ExportKind.COACH, ExportKind.LLMPROXY),
				Clock.systemUTC(), new NullProgressMonitor());

		assertEquals(ExportLinkList.MAX_TASKS_ASKED,
				emulator.requestLog().count("GET /api/v1/courses/{id}/export/coach/progress/{id}"));
		assertEquals(0, emulator.requestLog().count("GET /api/v1/courses/{id}/export/llmproxy/progress/{id}"));
	}

	@Test
	void theTaskIsPolledAtTheTaskUriCodioGave() throws Exception {
		emulator.state().setTaskUrisAtDownloadPath(true);

		ExportStatus status = new ExportOperation(client, ExportHistory.inMemory(), courseId, ExportKind.WORKDATA)
				.polling(FAST).run(new NullProgressMonitor());

		assertTrue(status.succeeded(), status.toString());
		assertTrue(emulator.requestLog().count("GET /api/v1/download/{id}") > 0);
		assertEquals(0, emulator.requestLog().count("GET /api/v1/courses/{id}/export/workdata/progress/{id}"));
	}

	@Test
	void aTaskUriOnAnotherHostIsNotFollowed() throws Exception {
		ExportTask foreign = new ExportTask("0123456789abcdef0123456789abcdef", "https://elsewhere.example/api/v1/x");
		String taskId = client.startExport(courseId, ExportKind.WORKDATA, new NullProgressMonitor()).taskId();

		ExportStatus status = client.exportStatus(courseId, ExportKind.WORKDATA,
				new ExportTask(taskId, foreign.taskUri()), new NullProgressMonitor());

		assertEquals(taskId, status.taskId(), "polled at the progress path, with the token kept on the API host");
	}

	@Test
	void accessAndLtiExportsWorkWhereTheServerOffersThem() throws Exception {
		emulator.state().serveUndocumentedEndpoints();
		for (ExportKind kind : List.of(ExportKind.ACCESS, ExportKind.LTI, ExportKind.SOURCES, ExportKind.COACH,
				ExportKind.LLMPROXY)) {
			ExportStatus status = new ExportOperation(client, ExportHistory.inMemory(), courseId, kind).polling(FAST)
					.run(new NullProgressMonitor());
			assertTrue(status.succeeded(), kind + ": " + status);
			Path file = new DownloadOperation(status.url(), folder).run(new NullProgressMonitor()).file();
			assertTrue(Files.size(file) > 0, kind + " file is empty");
		}
	}

	@Test
	void aFailedExportReportsCodiosReason() {
		emulator.faults().failExports(1, "Build internal problem");

		CodioApiException error = assertThrows(CodioApiException.class,
				() -> new ExportOperation(client, ExportHistory.inMemory(), courseId, ExportKind.WORKDATA)
						.polling(FAST).run(new NullProgressMonitor()));

		assertTrue(error.getMessage().contains("Build internal problem"), error.getMessage());
	}

	@Test
	void cancelWhileWaitingStopsPromptly() throws Exception {
		emulator.state().setTaskDelay(Duration.ofSeconds(30));
		NullProgressMonitor monitor = new NullProgressMonitor();
		cancelAfter(monitor, 400);
		long started = System.nanoTime();

		assertThrows(InterruptedException.class,
				() -> new ExportOperation(client, ExportHistory.inMemory(), courseId, ExportKind.WORKDATA)
						.polling(PollingSchedule.DEFAULT).run(monitor));

		assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000);
	}

	@Test
	void pollingSurvivesAFewServerErrors() throws Exception {
		String taskId = client.startExport(courseId, ExportKind.WORKDATA, null).taskId();
		emulator.faults().serverErrors(2, 503);

		ExportStatus status = new ExportOperation(client, ExportHistory.inMemory(), courseId, ExportKind.WORKDATA)
				.following(taskId).polling(FAST).run(new NullProgressMonitor());

		assertTrue(status.succeeded());
	}

	@Test
	void downloadResumesAfterADropAndMatchesTheSourceByHash() throws Exception {
		String url = exportUrl();
		Path reference = new DownloadOperation(url, folder.resolve("reference")).run(new NullProgressMonitor())
				.file();
		emulator.faults().dropArchiveConnections(2, 20_000);

		DownloadResult result = new DownloadOperation(url, folder.resolve("dropped"))
				.maxResumes(5, Duration.ofMillis(10)).run(new NullProgressMonitor());

		assertEquals(2, result.resumes());
		assertEquals(sha256(reference), sha256(result.file()));
		List<LoggedRequest> archive = emulator.requestLog().requests(EmulatedHost.ARCHIVE);
		assertTrue(archive.stream().anyMatch(request -> request.headers().get("Range") != null));
		for (LoggedRequest request : archive) {
			assertNull(request.headers().get("Authorization"), "no bearer token to the archive host");
		}
	}

	@Test
	void expiredAndHtmlLinksLeaveNothingUnderTheFinalName() throws Exception {
		String url = exportUrl();
		emulator.faults().expireArchiveLinks(403);
		CodioApiException expired = assertThrows(CodioApiException.class,
				() -> new DownloadOperation(url, folder).run(new NullProgressMonitor()));
		assertEquals(ErrorKind.LINK_EXPIRED, expired.kind());
		emulator.faults().expireArchiveLinks(0);
		emulator.faults().htmlInsteadOfArchive(1);
		CodioApiException html = assertThrows(CodioApiException.class,
				() -> new DownloadOperation(url, folder).run(new NullProgressMonitor()));
		assertEquals(ErrorKind.LINK_EXPIRED, html.kind());
		try (var files = Files.list(folder)) {
			assertEquals(List.of(), files.toList());
		}
	}

	@Test
	void aPacedClientNeverTripsTheServersRateLimit() throws Exception {
		emulator.faults().enforceRateLimit(8, Duration.ofSeconds(1));
		CodioClient paced = clientWith(new RateLimiter(8, Duration.ofSeconds(1)));

		for (int i = 0; i < 20; i++) {
			paced.listStudents(courseId, null);
		}

		assertEquals(0, emulator.faults().rateLimitRejections(), "the limiter kept within the server's limit");
	}

	@Test
	void anUnpacedBurstMeetsTheLimitAndWaitsItOut() throws Exception {
		emulator.faults().enforceRateLimit(5, Duration.ofSeconds(1));
		CodioClient unpaced = clientWith(new RateLimiter(1000, Duration.ofSeconds(1)));

		for (int i = 0; i < 8; i++) {
			unpaced.listStudents(courseId, null);
		}

		assertTrue(emulator.faults().rateLimitRejections() > 0, "the burst went over the limit");
	}

	@Test
	void everyEndpointFamilyAnswersInCodiosShapes() throws Exception {
		assertFalse(client.listStudents(courseId, null).isEmpty());
		assertFalse(client.listTeachers(courseId, null).isEmpty());
		assertTrue(client.listStudents(courseId, null).get(0).email().contains("@"));

		ExportStatus assessments = new ExportOperation(client, ExportHistory.inMemory(), courseId,
				ExportKind.ASSESSMENTS).polling(FAST).run(new NullProgressMonitor());
		assertTrue(assessments.succeeded());

		var course = client.getCourse(courseId);
		String assignmentId = course.modules().get(0).assignments().get(0).id();
		String csvUrl = client.assignmentCsvUrl(courseId, assignmentId, null);
		assertTrue(csvUrl.startsWith(emulator.archiveUrl()), csvUrl);

		String studentId = client.listStudents(courseId, null).get(0).id();
		var task = client.startStudentWorkspaceDownload(courseId, assignmentId, studentId, null);
		ExportStatus workspace = client.studentWorkspaceStatus(courseId, assignmentId, studentId, task, null);
		for (int i = 0; i < 50 && !workspace.done(); i++) {
			Thread.sleep(50);
			workspace = client.studentWorkspaceStatus(courseId, assignmentId, studentId, task, null);
		}
		assertTrue(workspace.succeeded(), workspace.toString());
		assertTrue(okhttp3.HttpUrl.get(workspace.url()).encodedPath().endsWith(".tar.zst"), workspace.url());
		Path archive = new DownloadOperation(workspace.url(), folder).run(new NullProgressMonitor()).file();
		assertTrue(archive.getFileName().toString().endsWith(".tar.zst"));

		assertEquals("Java 17", client.stack("java17", null).name());
		CodioApiException missing = assertThrows(CodioApiException.class, () -> client.stack("no-such-stack", null));
		assertEquals(ErrorKind.NOT_FOUND, missing.kind());
	}

	private String exportUrl() throws Exception {
		return new ExportOperation(client, ExportHistory.inMemory(), courseId, ExportKind.WORKDATA).polling(FAST)
				.run(new NullProgressMonitor()).url();
	}

	private static ExportLink link(ExportLinkList list, String taskId) {
		return list.links().stream().filter(link -> link.taskId().equals(taskId)).findFirst().orElseThrow();
	}

	private static void cancelAfter(NullProgressMonitor monitor, long millis) {
		Thread canceller = new Thread(() -> {
			try {
				Thread.sleep(millis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			monitor.setCanceled(true);
		});
		canceller.setDaemon(true);
		canceller.start();
	}

	private static String sha256(Path file) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[65536];
			for (int read; (read = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
