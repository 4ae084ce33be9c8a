package codio.classdata.emulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the emulated Codio server knows and remembers: the organisation, the tokens it issued, the paging
 * cursors it handed out, the exports it started, how big it makes exports, its {@link Faults}, and counters that
 * tests read. Endpoint families read and change the state only here.
 */
public final class EmulatorState {

	/** Where a {@code courses_list} cursor continues. */
	record PageCursor(String archivedFilter, int offset) {
	}

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

	private final SecureRandom random = new SecureRandom();
	private final Map<String, Instant> issuedTokens = new ConcurrentHashMap<>();
	private final Map<String, PageCursor> pageCursors = new ConcurrentHashMap<>();
	private final AtomicInteger tokenRequests = new AtomicInteger();
	private final AtomicInteger apiRequests = new AtomicInteger();
	private final Clock clock;
	private final Faults faults;
	private final ArchiveStore archives;
	private final Map<String, ExportTask> exportTasks = new ConcurrentHashMap<>();
	private volatile Organisation organisation;
	private volatile Duration taskDelay = Duration.ofSeconds(2);
	private volatile int studentsPerClass = 8;
	private volatile int filesPerWorkspace = 4;
	private volatile long exportSizeBytes;
	private int studentWork;
	private volatile boolean studentsKeepWorking;
	/** 0 when the endpoints Codio's published API lacks are served, else the status they answer (404 or 405). */
	private volatile int undocumentedStatus = 404;
	private volatile boolean taskUrisAtDownloadPath;

	public EmulatorState(Organisation organisation) {
		this(organisation, Clock.systemUTC());
	}

	public EmulatorState(Organisation organisation, Clock clock) {
		this.organisation = organisation;
		this.clock = clock;
		this.faults = new Faults(clock);
		this.archives = new ArchiveStore(clock);
	}

	public Faults faults() {
		return faults;
	}

	/** How long an export takes before its status says done (2 s unless set; tests use 0 or a few 100 ms). */
	public void setTaskDelay(Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("A task delay cannot be negative: " + delay);
		}
		taskDelay = delay;
	}

	public Duration taskDelay() {
		return taskDelay;
	}

	/** How many students each class has (8 unless set); exports and rosters follow it. */
	/**
	 * The students work on: exports started from now on hold one more round of their later work (about two in three
	 * students change their code, some add a file, the rest leave it), as a newer export of a real class does.
	 * Exports started before keep what they held.
	 */
	public synchronized void advanceStudentWork() {
		studentWork++;
	}

	/**
	 * Whether the students work on after each class-data export starts, so that the next one is newer (the demo
	 * IDE's Refresh from Export has something to bring in).
	 */
	public void setStudentsKeepWorking(boolean keepWorking) {
		studentsKeepWorking = keepWorking;
	}

	/** Rounds of later work since the first export. */
	public synchronized int studentWork() {
		return studentWork;
	}

	public void setStudentsPerClass(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("A class cannot have " + count + " students");
		}
		studentsPerClass = count;
	}

	public int studentsPerClass() {
		return studentsPerClass;
	}

	/** How many source files each generated workspace has besides its Codio files (4 unless set). */
	public void setFilesPerWorkspace(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("A workspace needs at least one source file, not " + count);
		}
		filesPerWorkspace = count;
	}

	public int filesPerWorkspace() {
		return filesPerWorkspace;
	}

	/**
	 * About how big class-data zips grow: each student workspace gets an incompressible data file of its share, so
	 * a benchmark can ask for a gigabyte. 0 (the default) adds none.
	 */
	public void setExportSizeBytes(long bytes) {
		exportSizeBytes = Math.max(0, bytes);
	}

	public long exportSizeBytes() {
		return exportSizeBytes;
	}

	/**
	 * Serves the endpoints that Codio's published API does not document: the lists of coach and LLM-usage links
	 * ({@code GET courses/{id}/export/coach|llmproxy}) and the {@code access} and {@code lti} exports. By default
	 * the emulator serves exactly the published API, and these answer 404.
	 */
	public void serveUndocumentedEndpoints() {
		undocumentedStatus = 0;
	}

	/** Makes the undocumented endpoints answer {@code status} (404, the default, or 405). */
	public void withholdUndocumentedEndpoints(int status) {
		if (status != 404 && status != 405) {
			throw new IllegalArgumentException("Withheld endpoints answer 404 or 405, not " + status);
		}
		undocumentedStatus = status;
	}

	/**
	 * Answers a started class export with a {@code taskUri} of {@code …/api/v1/download/{taskId}}, as in the
	 * example of Codio's published API, instead of the kind's progress path, and serves that path.
	 */
	public void setTaskUrisAtDownloadPath(boolean atDownloadPath) {
		taskUrisAtDownloadPath = atDownloadPath;
	}

	boolean taskUrisAtDownloadPath() {
		return taskUrisAtDownloadPath;
	}

	/** The status the undocumented endpoints answer, or 0 when they are served. */
	int undocumentedStatus() {
		return undocumentedStatus;
	}

	public List<EmulatedUser> students(String courseId) {
		return course(courseId).map(course -> ClassRoster.students(course, studentsPerClass)).orElse(List.of());
	}

	public List<EmulatedUser> teachers(String courseId) {
		return course(courseId).map(ClassRoster::teachers).orElse(List.of());
	}

	/**
	 * Adds a class export made {@code age} ago, as if a teacher had started it then; its file is generated when
	 * first downloaded. Exports older than 7 days no longer appear in the class's list, and their links expire.
	 *
	 * @param error why it failed, or null for one that succeeded
	 * @return its task id
	 */
	public String recordExport(String courseId, ExportKind kind, Duration age, String error) {
		EmulatedCourse course = course(courseId)
				.orElseThrow(() -> new IllegalArgumentException("No class with id " + courseId));
		if (!kind.isClassExport()) {
			throw new IllegalArgumentException(kind + " is not a class export");
		}
		Instant created = clock.instant().minus(age);
		ArchiveStore.Published archive = error != null ? null
				: archives.publish(classExportContent(course, kind), created, false);
		ExportTask task = new ExportTask(randomHex(16), courseId, kind, created, created, error, archive);
		exportTasks.put(task.id(), task);
		return task.id();
	}

	/** The file a class export of that kind holds. */
	ArchiveContent classExportContent(EmulatedCourse course, ExportKind kind) {
		WorkspaceShape shape = shape();
		return switch (kind) {
		case WORKDATA -> new ClassDataZip(course, shape);
		case SOURCES -> new SourcesZip(course, shape);
		case COACH -> new CoachCsv(course, shape);
		case LLMPROXY -> new LlmProxyJson(course, shape);
		case ACCESS -> new AccessCsv(course, shape);
		case LTI -> new LtiCsv(course);
		default -> throw new IllegalArgumentException(kind + " is not a class export");
		};
	}

	/** Starts an export: its file starts generating now, its status says done after the task delay. */
	ExportTask startExport(String courseId, ExportKind kind, ArchiveContent content) {
		Instant now = clock.instant();
		Optional<String> failure = faults.nextExportFailure();
		ArchiveStore.Published archive = failure.isPresent() ? null : archives.publish(content, now, true);
		ExportTask task = new ExportTask(randomHex(16), courseId, kind, now, now.plus(taskDelay),
				failure.orElse(null), archive);
		exportTasks.put(task.id(), task);
		if (studentsKeepWorking && kind == ExportKind.WORKDATA && archive != null) {
			advanceStudentWork(); // this export's shape is already fixed: the next one holds the new round
		}
		return task;
	}

	/** Any class export's task, by its id alone (the {@code download/{taskId}} path). */
	Optional<ExportTask> exportTask(String taskId) {
		return Optional.ofNullable(taskId == null ? null : exportTasks.get(taskId));
	}

	Optional<ExportTask> exportTask(String courseId, ExportKind kind, String taskId) {
		ExportTask task = taskId == null ? null : exportTasks.get(taskId);
		return task != null && task.courseId().equals(courseId) && task.kind() == kind ? Optional.of(task)
				: Optional.empty();
	}

	/** The class's exports of that kind made in the last 7 days, oldest first. */
	List<ExportTask> activeExports(String courseId, ExportKind kind) {
		Instant now = clock.instant();
		return exportTasks.values().stream()
				.filter(task -> task.courseId().equals(courseId) && task.kind() == kind && task.isActive(now))
				.sorted(Comparator.comparing(ExportTask::created)).toList();
	}

	WorkspaceShape shape() {
		return new WorkspaceShape(studentsPerClass, filesPerWorkspace, exportSizeBytes, studentWork);
	}

	ArchiveStore archives() {
		return archives;
	}

	Instant now() {
		return clock.instant();
	}

	/** Deletes the generated export files. */
	void close() {
		archives.close();
	}

	public Organisation organisation() {
		return organisation;
	}

	public void replaceOrganisation(Organisation newOrganisation) {
		organisation = newOrganisation;
		pageCursors.clear();
	}

	public boolean acceptsCredentials(String clientId, String clientSecret) {
		Organisation current = organisation;
		return current.clientId().equals(clientId) && current.clientSecret().equals(clientSecret);
	}

	public String issueToken() {
		tokenRequests.incrementAndGet();
		String token = randomHex(24);
		issuedTokens.put(token, clock.instant().plus(TOKEN_LIFETIME));
		return token;
	}

	public long tokenLifetimeSeconds() {
		return TOKEN_LIFETIME.toSeconds();
	}

	public boolean isValidToken(String token) {
		Instant expiry = token == null ? null : issuedTokens.get(token);
		return expiry != null && clock.instant().isBefore(expiry);
	}

	/** Makes every issued token invalid, as when Codio revokes them; clients must sign in again. */
	public void revokeAllTokens() {
		issuedTokens.clear();
	}

	public Optional<EmulatedCourse> course(String id) {
		return organisation.courses().stream().filter(course -> course.id().equals(id)).findFirst();
	}

	public List<EmulatedCourse> courses(String archivedFilter) {
		return organisation.courses().stream().filter(course -> switch (archivedFilter) {
		case "true" -> course.archived();
		case "false" -> !course.archived();
		default -> true;
		}).toList();
	}

	String rememberCursor(PageCursor cursor) {
		String token = randomHex(16);
		pageCursors.put(token, cursor);
		return token;
	}

	Optional<PageCursor> cursor(String token) {
		return Optional.ofNullable(pageCursors.get(token));
	}

	void countApiRequest() {
		apiRequests.incrementAndGet();
	}

	public int tokenRequests() {
		return tokenRequests.get();
	}

	public int apiRequests() {
		return apiRequests.get();
	}

	private String randomHex(int bytes) {
		byte[] buffer = new byte[bytes];
		random.nextBytes(buffer);
		return HexFormat.of().formatHex(buffer);
	}
}
