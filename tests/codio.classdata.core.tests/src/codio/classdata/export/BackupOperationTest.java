package codio.classdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.AccessTokenStore;
import codio.classdata.api.ClientCredentials;
import codio.classdata.api.CodioClient;
import codio.classdata.api.CodioEndpoints;
import codio.classdata.api.Course;
import codio.classdata.api.CourseFilter;
import codio.classdata.api.ExportKind;
import codio.classdata.api.RateLimiter;
import codio.classdata.emulator.CodioEmulator;
import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedHost;
import codio.classdata.emulator.LoggedRequest;
import okhttp3.OkHttpClient;

/** Backing up many classes into one folder against the emulator: failures, a second run, cancel and resume. */
class BackupOperationTest {

	private static final PollingSchedule FAST = new PollingSchedule(Duration.ofMillis(20), Duration.ofMillis(100), 2);
	private static final String START_WORKDATA = "POST /api/v1/courses/{id}/export/workdata";
	private static final String ARCHIVE_DOWNLOAD = "GET /temporary/{file}";

	@TempDir
	Path temporary;
	private Path folder;
	private CodioEmulator emulator;
	private CodioClient client;
	private ExportHistory history;
	private List<Course> courses;

	@BeforeEach
	void start() throws Exception {
		emulator = CodioEmulator.startDemo();
		emulator.state().setTaskDelay(Duration.ofMillis(100));
		client = new CodioClient(new CodioEndpoints(emulator.apiUrl(), emulator.oauthUrl()),
				new ClientCredentials(DemoData.CLIENT_ID, DemoData.CLIENT_SECRET), AccessTokenStore.inMemory(),
				new OkHttpClient(), Clock.systemUTC(), new RateLimiter(50, Duration.ofSeconds(10)));
		history = ExportHistory.inMemory();
		courses = client.listCourses(CourseFilter.ACTIVE);
		folder = temporary.resolve("backup");
	}

	@AfterEach
	void stop() {
		emulator.close();
	}

	private BackupOperation backup(List<Course> classes) {
		return new BackupOperation(client, history, classes, folder).polling(FAST);
	}

	@Test
	void savesEveryClassAsAZipUnderItsClassNameAfterStartingAllExportsFirst() throws Exception {
		BackupSummary summary = backup(courses).run(new NullProgressMonitor());

		assertTrue(summary.allSucceeded(), summary.toString());
		assertEquals(courses.size(), summary.outcomes().size());
		List<String> expected = new ArrayList<>(List.of(BackupManifest.FILE_NAME));
		for (int i = 0; i < courses.size(); i++) {
			BackupOutcome outcome = summary.outcomes().get(i);
			Course course = courses.get(i);
			assertEquals(course.id(), outcome.courseId());
			assertEquals(BackupOutcome.Status.SAVED, outcome.status());
			assertEquals(FileNames.sanitise(course.name() + " - Class Data.zip"), outcome.file().getFileName().toString());
			assertEquals(Files.size(outcome.file()), outcome.bytes());
			assertIsZip(outcome.file());
			assertTrue(history.entries().stream()
					.anyMatch(entry -> outcome.file().toAbsolutePath().toString().equals(entry.downloadedTo())
							&& course.id().equals(entry.courseId())), "download remembered for " + course.name());
			expected.add(outcome.file().getFileName().toString());
		}
		assertEquals(sorted(expected), filesIn(folder), "nothing but the files and the manifest");
		List<LoggedRequest> log = emulator.requestLog().requests();
		int lastStart = lastIndex(log, START_WORKDATA);
		int firstDownload = firstIndex(log, ARCHIVE_DOWNLOAD);
		assertTrue(lastStart >= 0 && lastStart < firstDownload, "every export started before the first download");
	}

	@Test
	void aFailingClassIsReportedWithItsReasonAndTheOthersAreSaved() throws Exception {
		emulator.faults().failExports(1, "Build internal problem");

		BackupSummary summary = backup(courses).run(new NullProgressMonitor());

		assertFalse(summary.allSucceeded());
		BackupOutcome failed = summary.outcomes().get(0);
		assertEquals(List.of(failed), summary.failed());
		assertEquals(courses.get(0).id(), failed.courseId());
		assertEquals(BackupOutcome.Status.FAILED, failed.status());
		assertTrue(failed.error().contains("Build internal problem"), failed.error());
		assertNull(failed.file());
		assertEquals(courses.size() - 1, summary.count(BackupOutcome.Status.SAVED));
		assertFalse(Files.exists(folder.resolve(FileNames.sanitise(courses.get(0).name() + " - Class Data.zip"))));
	}

	@Test
	void aSecondRunSkipsWhatIsSavedAndFetchesOnlyTheFailedClass() throws Exception {
		emulator.faults().failExports(1, "Build internal problem");
		BackupSummary first = backup(courses).run(new NullProgressMonitor());
		emulator.requestLog().clear();

		BackupSummary second = backup(courses).run(new NullProgressMonitor());

		assertTrue(second.allSucceeded(), second.toString());
		assertEquals(BackupOutcome.Status.SAVED, second.outcomes().get(0).status());
		assertEquals(FileNames.sanitise(courses.get(0).name() + " - Class Data.zip"),
				second.outcomes().get(0).file().getFileName().toString());
		for (int i = 1; i < courses.size(); i++) {
			assertEquals(BackupOutcome.Status.SKIPPED, second.outcomes().get(i).status());
			assertEquals(first.outcomes().get(i).file(), second.outcomes().get(i).file());
		}
		assertEquals(1, emulator.requestLog().count(START_WORKDATA), "only the failed class exported again");
		assertEquals(1, emulator.requestLog().count(ARCHIVE_DOWNLOAD), "only the failed class downloaded");
		List<String> files = filesIn(folder);
		assertEquals(courses.size() + 1, files.size(), files.toString());
		assertTrue(files.stream().noneMatch(name -> name.contains("(2)")), files.toString());
	}

	@Test
	void cancellingADownloadLeavesNoHalfFileAndTheNextRunResumesItWithoutNewExports() throws Exception {
		List<Course> three = courses.subList(0, 3);
		emulator.state().setExportSizeBytes(4 << 20);
		emulator.faults().throttleArchive(1 << 20);
		NullProgressMonitor monitor = new NullProgressMonitor();
		Thread canceller = cancelWhenAPartialFileHas(monitor, 300_000);

		assertThrows(InterruptedException.class, () -> backup(three).run(monitor));
		canceller.join(5000);

		List<String> left = filesIn(folder);
		assertTrue(left.stream().allMatch(name -> name.equals(BackupManifest.FILE_NAME) || name.endsWith(".part")),
				"nothing under a final name: " + left);
		assertTrue(left.stream().anyMatch(name -> name.endsWith(".part")), left.toString());
		assertTrue(BackupManifest.open(folder).entries().stream().noneMatch(BackupManifest.Entry::saved));

		emulator.faults().throttleArchive(0);
		emulator.requestLog().clear();
		BackupSummary resumed = backup(three).run(new NullProgressMonitor());

		assertTrue(resumed.allSucceeded(), resumed.toString());
		assertEquals(0, emulator.requestLog().count(START_WORKDATA), "the first run's exports were followed");
		assertTrue(emulator.requestLog().requests(EmulatedHost.ARCHIVE).stream()
				.anyMatch(request -> request.headers().get("Range") != null), "the partial download was resumed");
		for (BackupOutcome outcome : resumed.outcomes()) {
			assertIsZip(outcome.file());
		}
		assertTrue(filesIn(folder).stream().noneMatch(name -> name.endsWith(".part")), filesIn(folder).toString());
	}

	@Test
	void aLinkThatExpiredSinceTheLastRunIsReplacedByANewExport() throws Exception {
		Course course = courses.get(0);
		Files.createDirectories(folder);
		String stale = FileNames.sanitise(course.name() + " - Class Data.zip") + ".0123abcd.part";
		Files.write(folder.resolve(stale), new byte[1000]);
		BackupManifest.open(folder).put(BackupManifest.Entry.of(course.id(), course.name(), ExportKind.WORKDATA)
				.started("f".repeat(32), Instant.now()).withLink(emulator.archiveUrl() + "temporary/gone.zip"));

		BackupSummary summary = backup(List.of(course)).run(new NullProgressMonitor());

		assertTrue(summary.allSucceeded(), summary.toString());
		assertEquals(1, emulator.requestLog().count(START_WORKDATA));
		assertIsZip(summary.outcomes().get(0).file());
		assertFalse(Files.exists(folder.resolve(stale)), "the old link's partial file is gone");
	}

	@Test
	void aFileChangedSinceTheLastRunIsBackedUpAgainWithoutOverwritingIt() throws Exception {
		List<Course> two = courses.subList(0, 2);
		Path changed = backup(two).run(new NullProgressMonitor()).outcomes().get(0).file();
		try (FileChannel file = FileChannel.open(changed, StandardOpenOption.WRITE)) {
			file.truncate(100);
		}

		BackupSummary second = backup(two).run(new NullProgressMonitor());

		assertEquals(BackupOutcome.Status.SAVED, second.outcomes().get(0).status());
		assertNotEquals(changed, second.outcomes().get(0).file());
		assertEquals(100, Files.size(changed), "the changed file is left as it is");
		assertEquals(BackupOutcome.Status.SKIPPED, second.outcomes().get(1).status());
	}

	@Test
	void classesOfTheSameNameGetFilesOfTheirOwn() throws Exception {
		Course first = courses.get(0);
		Course other = courses.get(1);
		Course namesake = new Course(other.id(), first.name(), other.description(), other.start(), other.end(),
				other.timezone(), other.tags(), other.modules(), other.creationDate(), other.archivedDate(),
				other.archived());

		BackupSummary summary = backup(List.of(first, namesake)).run(new NullProgressMonitor());

		assertTrue(summary.allSucceeded(), summary.toString());
		String firstName = summary.outcomes().get(0).file().getFileName().toString();
		String otherName = summary.outcomes().get(1).file().getFileName().toString();
		assertTrue(firstName.contains(first.id().substring(0, 8)), firstName);
		assertTrue(otherName.contains(other.id().substring(0, 8)), otherName);
	}

	private Thread cancelWhenAPartialFileHas(NullProgressMonitor monitor, long bytes) {
		Thread canceller = new Thread(() -> {
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (System.nanoTime() < deadline) {
				try (Stream<Path> files = Files.list(folder)) {
					boolean started = files.filter(file -> file.toString().endsWith(".part"))
							.anyMatch(file -> file.toFile().length() >= bytes);
					if (started) {
						break;
					}
				} catch (IOException notYetThere) {
					// the folder appears when the run starts
				}
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				}
			}
			monitor.setCanceled(true);
		});
		canceller.setDaemon(true);
		canceller.start();
		return canceller;
	}

	private static void assertIsZip(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			assertTrue(zip.size() > 0, file + " has no entries");
		}
	}

	private static List<String> filesIn(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static List<String> sorted(List<String> names) {
		return names.stream().sorted().toList();
	}

	private static int firstIndex(List<LoggedRequest> log, String endpoint) {
		for (int i = 0; i < log.size(); i++) {
			if (log.get(i).endpoint().equals(endpoint)) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndex(List<LoggedRequest> log, String endpoint) {
		for (int i = log.size() - 1; i >= 0; i--) {
			if (log.get(i).endpoint().equals(endpoint)) {
				return i;
			}
		}
		return -1;
	}
}
