package codio.classdata.api;

import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import com.google.gson.reflect.TypeToken;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Client of Codio's REST API for one organisation: classes, members, exports, stacks. Every call takes an
 * optional progress monitor whose cancellation aborts the call (throwing
 * {@link org.eclipse.core.runtime.OperationCanceledException}). Thread-safe; one instance serves concurrent jobs.
 */
public final class CodioClient {

	/** A server that keeps answering nextToken must not make us loop for ever. */
	private static final int MAX_PAGES = 10_000;
	private static final Type EXPORT_STATUSES = new TypeToken<List<ExportStatus>>() {
	}.getType();
	private static final Type MEMBERS = new TypeToken<List<CourseMember>>() {
	}.getType();
	private static final Type STUDENT_INFORMATION = new TypeToken<List<StudentInformation>>() {
	}.getType();

	private final ApiTransport transport;

	public CodioClient(CodioEndpoints endpoints, ClientCredentials credentials, AccessTokenStore tokenStore) {
		this(endpoints, credentials, tokenStore, SharedHttpClient.forApi(), Clock.systemUTC(),
				RateLimiter.forOrganisation(endpoints.apiBaseUrl() + "#" + credentials.clientId()));
	}

	public CodioClient(CodioEndpoints endpoints, ClientCredentials credentials, AccessTokenStore tokenStore,
			OkHttpClient http, Clock clock, RateLimiter limiter) {
		this.transport = new ApiTransport(endpoints, credentials, tokenStore, http, clock, limiter);
	}

	public CodioEndpoints endpoints() {
		return transport.endpoints();
	}

	/** Makes sure a valid token is at hand, asking the OAuth service only when needed. */
	public AccessToken authenticate() throws CodioApiException {
		return transport.authenticate(null);
	}

	public List<Course> listCourses(CourseFilter filter) throws CodioApiException {
		return listCourses(filter, null);
	}

	/** Every class the filter selects, following {@code nextToken} across pages. */
	public List<Course> listCourses(CourseFilter filter, IProgressMonitor monitor) throws CodioApiException {
		List<Course> courses = new ArrayList<>();
		Set<String> seenTokens = new HashSet<>();
		String nextToken = null;
		for (int page = 0; page < MAX_PAGES; page++) {
			HttpUrl.Builder url = transport.apiUrl("courses_list");
			if (nextToken == null) {
				url.addQueryParameter("archived", filter.queryValue());
			} else {
				url.addQueryParameter("nextToken", nextToken);
			}
			CoursePage result = transport.get(url.build(), CoursePage.class, monitor);
			if (result.courses() != null) {
				courses.addAll(result.courses());
			}
			nextToken = result.nextToken();
			if (nextToken == null || nextToken.isEmpty()) {
				return courses;
			}
			if (!seenTokens.add(nextToken)) {
				throw new CodioApiException(ErrorKind.BAD_RESPONSE, ApiText.CodioClient_samePageToken, 200);
			}
		}
		throw new CodioApiException(ErrorKind.BAD_RESPONSE, NLS.bind(ApiText.CodioClient_tooManyPages, MAX_PAGES),
				200);
	}

	public Course getCourse(String courseId) throws CodioApiException {
		return getCourse(courseId, null);
	}

	/** One class with its modules and assignments. */
	public Course getCourse(String courseId, IProgressMonitor monitor) throws CodioApiException {
		return transport.get(transport.apiUrl("courses", courseId).build(), Course.class, monitor);
	}

	public List<CourseMember> listStudents(String courseId, IProgressMonitor monitor) throws CodioApiException {
		return transport.get(transport.apiUrl("courses", courseId, "students").build(), MEMBERS, monitor);
	}

	public List<CourseMember> listTeachers(String courseId, IProgressMonitor monitor) throws CodioApiException {
		return transport.get(transport.apiUrl("courses", courseId, "teachers").build(), MEMBERS, monitor);
	}

	/**
	 * The class's active links of one export kind ({@code GET courses/{c}/export/{kind}}). Assessment exports
	 * have no such list in Codio's API, so that kind answers an empty list.
	 *
	 * @throws ExportListNotOfferedException when the server has no list of a kind whose list Codio's published API
	 *             does not document (404 or 405)
	 */
	public List<ExportStatus> listExports(String courseId, ExportKind kind, IProgressMonitor monitor)
			throws CodioApiException {
		if (kind == ExportKind.ASSESSMENTS) {
			return List.of();
		}
		HttpUrl url = transport.apiUrl("courses", courseId, "export", kind.path()).build();
		try {
			return transport.get(url, EXPORT_STATUSES, monitor);
		} catch (CodioApiException e) {
			if (!kind.listedInPublicApi() && (e.httpStatus() == 404 || e.httpStatus() == 405)) {
				throw new ExportListNotOfferedException(kind, e.httpStatus());
			}
			throw e;
		}
	}

	/**
	 * Starts an export of the class. For {@link ExportKind#ASSESSMENTS} use
	 * {@link #startAssessmentsExport(String, List, IProgressMonitor)}.
	 */
	public ExportTask startExport(String courseId, ExportKind kind, IProgressMonitor monitor)
			throws CodioApiException {
		if (kind == ExportKind.ASSESSMENTS) {
			return startAssessmentsExport(courseId, List.of(), monitor);
		}
		HttpUrl url = transport.apiUrl("courses", courseId, "export", kind.path()).build();
		return offeredOrThrow(kind, () -> transport.post(url, ExportTask.class, monitor));
	}

	/** Where an export task stands ({@code GET …/export/{kind}/progress/{taskId}} or the assessments variant). */
	public ExportStatus exportStatus(String courseId, ExportKind kind, String taskId, IProgressMonitor monitor)
			throws CodioApiException {
		return exportStatus(courseId, kind, new ExportTask(taskId, null), monitor);
	}

	/**
	 * Where an export task stands: at the {@code taskUri} Codio gave when it started the task (Codio's published
	 * example is {@code …/api/v1/download/{taskId}}), as long as it lies under the API URL; otherwise at the
	 * documented progress path of the kind.
	 */
	public ExportStatus exportStatus(String courseId, ExportKind kind, ExportTask task, IProgressMonitor monitor)
			throws CodioApiException {
		HttpUrl url = kind == ExportKind.ASSESSMENTS
				? transport.apiUrl("courses", courseId, "export", "assessments", "csv", "download", task.taskId())
						.build()
				: transport.apiUrl("courses", courseId, "export", kind.path(), "progress", task.taskId()).build();
		if (isUnderApi(task.taskUri())) {
			url = HttpUrl.get(task.taskUri());
		}
		HttpUrl polled = url;
		return offeredOrThrow(kind, () -> transport.get(polled, ExportStatus.class, monitor));
	}

	/** A task URI is followed only under the API URL, so a bearer token never goes to another host. */
	private boolean isUnderApi(String taskUri) {
		return taskUri != null && taskUri.startsWith(endpoints().apiBaseUrl() + "/") && HttpUrl.parse(taskUri) != null;
	}

	/** Starts the assessment-data CSV of the given assignments (all when the list is empty). */
	public ExportTask startAssessmentsExport(String courseId, List<String> assignmentIds, IProgressMonitor monitor)
			throws CodioApiException {
		HttpUrl.Builder url = transport.apiUrl("courses", courseId, "export", "assessments", "csv");
		if (!assignmentIds.isEmpty()) {
			url.addQueryParameter("assignmentIds", String.join(",", assignmentIds));
		}
		return transport.get(url.build(), ExportTask.class, monitor);
	}

	/** The URL of one assignment's CSV ("Export Unit Data"), which Codio builds synchronously. */
	public String assignmentCsvUrl(String courseId, String assignmentId, IProgressMonitor monitor)
			throws CodioApiException {
		HttpUrl url = transport.apiUrl("courses", courseId, "assignments", assignmentId, "export", "csv").build();
		return transport.get(url, String.class, monitor);
	}

	/** Codio's grade, status, time spent and completion date of each student of an assignment. */
	public List<StudentInformation> assignmentStudents(String courseId, String assignmentId,
			IProgressMonitor monitor) throws CodioApiException {
		HttpUrl url = transport.apiUrl("courses", courseId, "assignments", assignmentId, "students").build();
		return transport.get(url, STUDENT_INFORMATION, monitor);
	}

	/** Starts packing one student's workspace of an assignment as a {@code .tar.zst}. */
	public ExportTask startStudentWorkspaceDownload(String courseId, String assignmentId, String studentId,
			IProgressMonitor monitor) throws CodioApiException {
		HttpUrl url = transport.apiUrl("courses", courseId, "assignments", assignmentId, "students", studentId,
				"download").build();
		return transport.get(url, ExportTask.class, monitor);
	}

	/** Where a student-workspace task stands: polls its {@code taskUri}, which must lie under the API URL. */
	public ExportStatus studentWorkspaceStatus(String courseId, String assignmentId, String studentId,
			ExportTask task, IProgressMonitor monitor) throws CodioApiException {
		HttpUrl url = transport.apiUrl("courses", courseId, "assignments", assignmentId, "students", studentId,
				"download", task.taskId()).build();
		if (isUnderApi(task.taskUri())) {
			url = HttpUrl.get(task.taskUri());
		}
		return transport.get(url, ExportStatus.class, monitor);
	}

	/** A stack's name and versions, to resolve a stack id the user pasted. */
	public StackInfo stack(String stackId, IProgressMonitor monitor) throws CodioApiException {
		return transport.get(transport.apiUrl("stacks", stackId).build(), StackInfo.class, monitor);
	}

	/** A call whose 404/405 means "this server has no such export" for the exports missing from Codio's API. */
	private interface ApiCall<T> {
		T call() throws CodioApiException;
	}

	private static <T> T offeredOrThrow(ExportKind kind, ApiCall<T> call) throws CodioApiException {
		try {
			return call.call();
		} catch (CodioApiException e) {
			if (!kind.inPublicApi() && (e.httpStatus() == 404 || e.httpStatus() == 405)) {
				throw new ExportNotOfferedException(kind, e.httpStatus());
			}
			throw e;
		}
	}
}
