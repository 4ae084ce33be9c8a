package codio.classdata.ui.access;

import java.util.List;

import codio.classdata.access.AccessLog;
import codio.classdata.access.Flag;
import codio.classdata.access.StudentSummary;

/**
 * What the Access Data editor shows: the loaded log and what the load job worked out from it, so that the UI thread
 * only displays.
 *
 * @param loadMillis how long reading, summarising and flagging took
 */
public record AccessData(AccessLog log, List<StudentSummary> students, List<Flag> flags, long loadMillis) {

	/** The same data with flags found again (after the class dates changed). */
	public AccessData withFlags(List<Flag> newFlags) {
		return new AccessData(log, students, List.copyOf(newFlags), loadMillis);
	}
}
