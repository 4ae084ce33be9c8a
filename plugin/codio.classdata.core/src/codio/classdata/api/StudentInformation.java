package codio.classdata.api;

import com.google.gson.annotations.SerializedName;

/**
 * Codio's own figures for one student of an assignment ({@code StudentInformation} of
 * {@code GET courses/{c}/assignments/{a}/students}). Optional numbers are null when Codio leaves them out.
 *
 * @param studentId      the student's id
 * @param email          the student's e-mail, when Codio has it
 * @param name           the student's name
 * @param secondsSpent   time spent in the assignment
 * @param grade          the assignment grade, 0-100, or null when not graded
 * @param extraCredit    extra points, or null
 * @param status         {@code STARTED}, {@code NOT_STARTED} or {@code COMPLETED}
 * @param completionDate when the student completed it, an ISO date-time, or null
 */
public record StudentInformation(@SerializedName("student_id") String studentId,
		@SerializedName("student_email") String email, @SerializedName("student_name") String name,
		@SerializedName("seconds_spent") Integer secondsSpent, Integer grade,
		@SerializedName("extra_credit") Integer extraCredit, String status,
		@SerializedName("completion_date") String completionDate) {
}
