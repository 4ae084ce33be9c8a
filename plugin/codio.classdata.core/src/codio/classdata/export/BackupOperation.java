package codio.classdata.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.Course;
import codio.classdata.api.ErrorKind;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportStatus;
import codio.classdata.api.ExportTask;

/**
 * Backs up classes into one folder, as Codio advises before a class is deleted: for each class an export of one
 * kind (Class Data unless set), saved as {@code <class name> - <export label>.<ext>}. All exports are started
 * first and then waited for one after the other, so that Codio builds them in parallel. A class that fails (export
 * refused or failed, link expired, network) is reported in the {@link BackupSummary} and does not stop the others.
 * <p>
 * A run continues an earlier one into the same folder. Its manifest {@code codio-backup.json} lists each class's
 * saved file and size; a class counts as backed up, and is skipped, while that file is in the folder at that size.
 * For a class not finished the manifest keeps the export task and link of the last run, and interrupted downloads
 * keep their {@code .part} file, so the next run follows the task or resumes the download instead of starting over;
 * a task or link that has gone since is replaced by a new export. Files only ever reach their final name complete
 * ({@link DownloadOperation}), and nothing existing is overwritten.
 */
public final class BackupOperation {

	/** Work of one class: 1 to start its export, the rest to wait for it and download it. */
	private static final int WORK_PER_CLASS = 10;
	private static final int WORK_TO_WAIT = 4;
	/** How {@link DownloadOperation} names a partial file: {@code NAME.<8 hex digits>.part}. */
	private static final Pattern PART_SUFFIX = Pattern.compile("\\.[0-9a-f]{8}\\.part");

	private final CodioClient client;
	private final ExportHistory history;
	private final List<Course> courses;
	private final Path folder;
	private ExportKind kind = ExportKind.WORKDATA;
	private PollingSchedule polling = PollingSchedule.DEFAULT;
	private okhttp3.OkHttpClient http;
	private Clock clock = Clock.systemUTC();

	/**
	 * @param history where exports and downloads are remembered (the workspace's, or {@link ExportHistory#inMemory()})
	 * @param courses the classes to back up; a class listed twice is backed up once
	 * @param folder  the backup folder, created when missing
	 */
	public BackupOperation(CodioClient client, ExportHistory history, List<Course> courses, Path folder) {
		this.client = client;
		this.history = history;
		Map<String, Course> byId = new LinkedHashMap<>();
		courses.forEach(course -> byId.putIfAbsent(course.id(), course));
		this.courses = List.copyOf(byId.values());
		this.folder = folder;
	}

	/** The export to back up (default {@link ExportKind#WORKDATA}). */
	public BackupOperation kind(ExportKind exportKind) {
		this.kind = exportKind;
		return this;
	}

	/** How often to ask Codio whether an export is ready (default {@link PollingSchedule#DEFAULT}). */
	public BackupOperation polling(PollingSchedule schedule) {
		this.polling = schedule;
		return this;
	}

	/** The HTTP client for downloads (default the shared download client). */
	public BackupOperation http(okhttp3.OkHttpClient downloads) {
		this.http = downloads;
		return this;
	}

	BackupOperation clock(Clock newClock) {
		this.clock = newClock;
		return this;
	}

	/**
	 * @return one outcome per class, in the order given
	 * @throws IOException          the folder cannot be created or its manifest read
	 * @throws InterruptedException the monitor was cancelled; what is finished stays, and the next run continues
	 */
	public BackupSummary run(IProgressMonitor monitor) throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(ExportText.BackupOperation_task,
				classes(courses.size())), courses.size() * WORK_PER_CLASS);
		Files.createDirectories(folder);
		BackupManifest manifest = BackupManifest.open(folder);
		List<ClassBackup> backups = plan(manifest);
		try {
			long toStart = backups.stream().filter(backup -> backup.outcome == null && !backup.reusesEarlierRun)
					.count();
			progress.setTaskName(NLS.bind(ExportText.BackupOperation_starting, kind.label(), classes((int) toStart)));
			for (ClassBackup backup : backups) {
				SubMonitor step = progress.split(1, SubMonitor.SUPPRESS_BEGINTASK);
				if (backup.outcome == null && !backup.reusesEarlierRun) {
					backup.outcome = startFresh(backup, manifest, step).orElse(null);
				}
			}
			for (int i = 0; i < backups.size(); i++) {
				ClassBackup backup = backups.get(i);
				SubMonitor step = progress.split(WORK_PER_CLASS - 1, SubMonitor.SUPPRESS_BEGINTASK);
				if (backup.outcome == null) {
					progress.setTaskName(NLS.bind(ExportText.BackupOperation_backingUpClass,
							new Object[] { backup.course.name(), i + 1, backups.size() }));
					backup.outcome = finish(backup, manifest, step);
				}
			}
		} catch (OperationCanceledException e) {
			throw new InterruptedException("The backup was cancelled; run it again to continue where it stopped.");
		}
		return new BackupSummary(folder, kind, backups.stream().map(backup -> backup.outcome).toList());
	}

	/** One class on its way through a run. */
	private static final class ClassBackup {

		final Course course;
		/** The file name without its extension, which the link decides. */
		final String stem;
		BackupManifest.Entry entry;
		/** Whether the entry holds a task or link of an earlier run, which may have gone since. */
		boolean reusesEarlierRun;
		BackupOutcome outcome;

		ClassBackup(Course course, String stem, BackupManifest.Entry entry) {
			this.course = course;
			this.stem = stem;
			this.entry = entry;
		}
	}

	/** Names the files, skips what is complete, and picks up what an earlier run left unfinished. */
	private List<ClassBackup> plan(BackupManifest manifest) throws IOException {
		Map<String, Integer> stems = new HashMap<>();
		for (Course course : courses) {
			stems.merge(stem(course).toLowerCase(Locale.ROOT), 1, Integer::sum);
		}
		Instant now = clock.instant();
		List<ClassBackup> backups = new ArrayList<>();
		for (Course course : courses) {
			String stem = stem(course);
			if (stems.get(stem.toLowerCase(Locale.ROOT)) > 1) {
				// Two classes of the same name (e.g. of different terms) must not swap files between runs.
				stem = FileNames.sanitise(FileNames.exportStem(course.name(), kind) + " ("
						+ course.id().substring(0, Math.min(8, course.id().length())) + ")");
			}
			Optional<BackupManifest.Entry> known = manifest.find(course.id(), kind);
			ClassBackup backup = new ClassBackup(course, stem,
					known.orElse(BackupManifest.Entry.of(course.id(), course.name(), kind)));
			if (known.isPresent() && known.get().saved()) {
				Optional<Path> complete = completeFile(known.get());
				if (complete.isPresent()) {
					backup.outcome = BackupOutcome.skipped(course.id(), course.name(), complete.get(),
							known.get().size());
				} else {
					backup.entry = known.get().withoutExport(); // the file was moved or changed: back it up again
				}
			} else if (known.isPresent() && (known.get().url() != null || known.get().taskId() != null)) {
				Instant started = known.get().startedAt();
				backup.reusesEarlierRun = started == null || now.isBefore(started.plus(ExportLink.LIFETIME));
				if (!backup.reusesEarlierRun) {
					backup.entry = known.get().withoutExport();
				}
			}
			backups.add(backup);
		}
		return backups;
	}

	private String stem(Course course) {
		return FileNames.exportStem(course.name(), kind);
	}

	/** The file the manifest lists, if it is in the folder at the size recorded. */
	private Optional<Path> completeFile(BackupManifest.Entry entry) throws IOException {
		Path file = folder.resolve(entry.file()).normalize();
		if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Files.size(file) == entry.size() ? Optional.of(file) : Optional.empty();
	}

	/** Starts a new export of the class; the outcome when that fails. */
	private Optional<BackupOutcome> startFresh(ClassBackup backup, BackupManifest manifest, IProgressMonitor monitor) {
		Course course = backup.course;
		try {
			deletePartialFiles(backup.stem);
			ExportTask task = kind == ExportKind.ASSESSMENTS
					? client.startAssessmentsExport(course.id(), List.of(), monitor)
					: client.startExport(course.id(), kind, monitor);
			if (task.taskId() == null || task.taskId().isEmpty()) {
				throw new CodioApiException(ErrorKind.BAD_RESPONSE, ExportText.BackupOperation_noTaskId, 200);
			}
			Instant now = clock.instant();
			backup.entry = backup.entry.started(task.taskId(), now);
			backup.reusesEarlierRun = false;
			manifest.put(backup.entry);
			remember(() -> history.recordStarted(course.id(), kind, task.taskId(), now));
			return Optional.empty();
		} catch (CodioApiException e) {
			return Optional.of(BackupOutcome.failed(course.id(), course.name(), e.getMessage()));
		} catch (IOException e) {
			return Optional.of(BackupOutcome.failed(course.id(), course.name(), cannotWrite(e)));
		}
	}

	/** Waits for the class's export and downloads it; a task or link of an earlier run that has gone is replaced. */
	private BackupOutcome finish(ClassBackup backup, BackupManifest manifest, SubMonitor progress)
			throws InterruptedException {
		Course course = backup.course;
		while (true) {
			boolean exporting = backup.entry.url() == null;
			try {
				return save(backup, manifest, progress);
			} catch (CodioApiException e) {
				boolean gone = exporting ? !transientFailure(e) : linkGone(e);
				if (gone && backup.reusesEarlierRun) {
					progress.setWorkRemaining(WORK_PER_CLASS - 1);
					Optional<BackupOutcome> failedStart = startFresh(backup, manifest, progress.split(1));
					if (failedStart.isPresent()) {
						return failedStart.get();
					}
					continue;
				}
				try {
					// Keep what the next run can use: a task still building, a link whose .part can resume.
					manifest.put(gone ? backup.entry.withoutExport() : backup.entry);
				} catch (IOException ignored) {
					// The class failed already; the manifest's older state only costs the next run a new export.
				}
				return BackupOutcome.failed(course.id(), course.name(), e.getMessage());
			} catch (IOException e) {
				return BackupOutcome.failed(course.id(), course.name(), cannotWrite(e));
			}
		}
	}

	private BackupOutcome save(ClassBackup backup, BackupManifest manifest, SubMonitor progress)
			throws CodioApiException, IOException, InterruptedException {
		Course course = backup.course;
		progress.setWorkRemaining(WORK_PER_CLASS - 1);
		if (backup.entry.url() == null) {
			ExportStatus status = finishedExport(course.id(), backup.entry.taskId(), progress.split(WORK_TO_WAIT));
			backup.entry = backup.entry.withLink(status.url());
			manifest.put(backup.entry);
		}
		String url = backup.entry.url();
		String name = backup.stem + FileNames.extension(url, kind.extension());
		DownloadResult download = new DownloadOperation(url, folder).fileName(name).keepPartialFile(true).http(http)
				.run(progress.split(WORK_PER_CLASS - 1 - WORK_TO_WAIT));
		backup.entry = backup.entry.savedAs(folder.relativize(download.file()).toString(), download.bytes(),
				clock.instant());
		manifest.put(backup.entry);
		remember(() -> history.recordDownloaded(url, download.file(), download.bytes()));
		return BackupOutcome.saved(course.id(), course.name(), download.file(), download.bytes());
	}

	/**
	 * The finished export. Asks once at once, because exports started together are mostly done by the time their
	 * turn comes; only one still building is polled with the schedule.
	 */
	private ExportStatus finishedExport(String courseId, String taskId, IProgressMonitor monitor)
			throws CodioApiException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			ExportStatus status = client.exportStatus(courseId, kind, taskId, progress.split(1));
			if (status.succeeded()) {
				remember(() -> history.recordFinished(courseId, kind, taskId, status.url()));
				return status;
			}
		} catch (CodioApiException e) {
			if (!transientFailure(e)) {
				throw e;
			}
		}
		return new ExportOperation(client, history, courseId, kind).following(taskId).polling(polling)
				.run(progress.split(9));
	}

	/** A failure that says nothing about the task itself: asking again later may succeed. */
	private static boolean transientFailure(CodioApiException e) {
		return e.kind() == ErrorKind.NETWORK || e.kind() == ErrorKind.RATE_LIMITED;
	}

	/** The link no longer serves the file (or never served the right one): only a new export helps. */
	private static boolean linkGone(CodioApiException e) {
		return e.kind() == ErrorKind.LINK_EXPIRED || e.kind() == ErrorKind.BAD_RESPONSE;
	}

	/** Removes partial downloads of the class's file from links that will not be used again. */
	private void deletePartialFiles(String stem) throws IOException {
		Pattern ours = Pattern.compile(Pattern.quote(stem) + "( \\(\\d+\\))?\\.[^.]+(\\.[^.]+)?"
				+ PART_SUFFIX.pattern());
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.part")) {
			for (Path file : files) {
				if (ours.matcher(file.getFileName().toString()).matches()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private String cannotWrite(IOException e) {
		return NLS.bind(ExportText.BackupOperation_cannotWrite,
				new Object[] { folder, e.getClass().getSimpleName(), e.getMessage() });
	}

	private static String classes(int count) {
		return NLS.bind(count == 1 ? ExportText.BackupOperation_oneClass : ExportText.BackupOperation_classes, count);
	}

	private interface HistoryUpdate {
		void run() throws IOException;
	}

	/** The history is a convenience: failing to write it must not fail the backup. */
	private static void remember(HistoryUpdate update) {
		try {
			update.run();
		} catch (IOException e) {
			ILog.of(BackupOperation.class).warn("Could not remember an export in the history file: " + e.getMessage(),
					e);
		}
	}
}
