package codio.classdata.review;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import codio.classdata.api.Assignment;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.Course;
import codio.classdata.api.CourseMember;
import codio.classdata.api.CourseModule;
import codio.classdata.api.StudentInformation;

/**
 * Codio's own figures for the students of one assignment ({@code GET courses/{c}/assignments/{a}/students}), to set
 * beside a rerun of its tests. Students are found by the login, e-mail or name an import recorded.
 */
public final class CodioGrades {

	/**
	 * One student's figures as Codio has them.
	 *
	 * @param grade          0-100, or null when not graded
	 * @param status         {@code STARTED}, {@code NOT_STARTED} or {@code COMPLETED}, "" when not sent
	 * @param secondsSpent   time spent, or null
	 * @param completionDate an ISO date-time, "" when not completed
	 */
	public record StudentGrade(Integer grade, String status, Integer secondsSpent, String completionDate) {
	}

	private final Map<String, StudentGrade> byStudent;

	private CodioGrades(Map<String, StudentGrade> byStudent) {
		this.byStudent = Map.copyOf(byStudent);
	}

	/** Codio's figures for a student as the import recorded them: login, e-mail or name, ignoring case. */
	public Optional<StudentGrade> of(String student) {
		return Optional.ofNullable(byStudent.get(key(student)));
	}

	/**
	 * Asks Codio for the figures of the class's assignment that the recorded name stands for.
	 *
	 * @return empty when the class has no such assignment
	 */
	public static Optional<CodioGrades> fetch(CodioClient client, String courseId, String assignment,
			IProgressMonitor monitor) throws CodioApiException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		Course course = client.getCourse(courseId, progress.split(1));
		Map<String, String> idsByName = new LinkedHashMap<>();
		for (CourseModule module : course.modules()) {
			for (Assignment each : module.assignments()) {
				idsByName.putIfAbsent(each.name(), each.id());
			}
		}
		Optional<String> name = AssignmentNames.match(assignment, idsByName.keySet());
		if (name.isEmpty()) {
			return Optional.empty();
		}
		Map<String, CourseMember> members = new HashMap<>();
		for (CourseMember member : client.listStudents(courseId, progress.split(1))) {
			members.put(member.id(), member);
		}
		List<StudentInformation> students = client.assignmentStudents(courseId, idsByName.get(name.get()),
				progress.split(1));
		Map<String, StudentGrade> byStudent = new HashMap<>();
		for (StudentInformation student : students) {
			StudentGrade grade = new StudentGrade(student.grade(), student.status() == null ? "" : student.status(),
					student.secondsSpent(), student.completionDate() == null ? "" : student.completionDate());
			CourseMember member = members.get(student.studentId());
			// the most specific key wins: names may repeat, logins and e-mails do not
			putIfKnown(byStudent, student.name(), grade);
			putIfKnown(byStudent, student.email(), grade);
			if (member != null) {
				putIfKnown(byStudent, member.name(), grade);
				putIfKnown(byStudent, member.email(), grade);
				putIfKnown(byStudent, member.login(), grade);
			}
		}
		return Optional.of(new CodioGrades(byStudent));
	}

	private static void putIfKnown(Map<String, StudentGrade> byStudent, String key, StudentGrade grade) {
		if (key != null && !key.isBlank()) {
			byStudent.put(key(key), grade);
		}
	}

	private static String key(String student) {
		return student.strip().toLowerCase(Locale.ROOT);
	}
}
