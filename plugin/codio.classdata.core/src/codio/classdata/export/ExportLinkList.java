package codio.classdata.export;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.ErrorKind;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportListNotOfferedException;
import codio.classdata.api.ExportNotOfferedException;
import codio.classdata.api.ExportStatus;

/**
 * The active export links of a class across export kinds, newest knowledge merged in from the history. Kinds the
 * server does not offer are reported separately instead of failing the whole list, and a kind whose list the
 * server does not serve shows the links the plugin started itself: one kind never hides the others.
 *
 * @param links      the links, by kind in the order asked, each kind in Codio's order
 * @param notOffered the kinds the server has no API for, with the reason to show
 * @param unlisted   the kinds whose links the server does not list: their links are those the plugin started
 */
public record ExportLinkList(List<ExportLink> links, List<ExportNotOfferedException> notOffered,
		List<ExportKind> unlisted) {

	/** At most this many unfinished tasks of a kind are asked about per listing, the newest first. */
	static final int MAX_TASKS_ASKED = 3;
	/** An unfinished task older than this is not asked about: Codio builds exports in minutes. */
	static final Duration UNFINISHED_KEPT = Duration.ofDays(1);

	public static ExportLinkList load(CodioClient client, ExportHistory history, String courseId,
			List<ExportKind> kinds, Clock clock, IProgressMonitor monitor) throws CodioApiException {
		SubMonitor progress = SubMonitor.convert(monitor, ExportText.ExportLinkList_task, kinds.size() * 2);
		List<ExportLink> links = new ArrayList<>();
		List<ExportNotOfferedException> notOffered = new ArrayList<>();
		List<ExportKind> unlisted = new ArrayList<>();
		Instant now = clock.instant();
		for (ExportKind kind : kinds) {
			try {
				for (ExportStatus status : client.listExports(courseId, kind, progress.split(1))) {
					Optional<ExportHistory.Entry> known = history.find(courseId, kind, status.taskId())
							.or(() -> history.findByUrl(status.url()));
					links.add(ExportLink.of(courseId, kind, status, known, now));
				}
				progress.worked(1);
			} catch (ExportListNotOfferedException e) {
				List<ExportLink> startedHere = startedHere(client, history, courseId, kind, now, progress.split(1));
				if (kind.inPublicApi() || !startedHere.isEmpty()) {
					unlisted.add(kind);
					links.addAll(startedHere);
				} else {
					// an export outside the published API, never started here: most likely not offered at all
					notOffered.add(new ExportNotOfferedException(kind, e.httpStatus()));
				}
			} catch (ExportNotOfferedException e) {
				notOffered.add(e);
			}
		}
		return new ExportLinkList(List.copyOf(links), List.copyOf(notOffered), List.copyOf(unlisted));
	}

	/**
	 * The links of one kind that the history knows the plugin started within their lifetime, newest first; a task
	 * not yet known to have finished is asked about (the {@value #MAX_TASKS_ASKED} newest of the last day), and left
	 * out if Codio no longer knows it or no longer answers for its kind.
	 */
	private static List<ExportLink> startedHere(CodioClient client, ExportHistory history, String courseId,
			ExportKind kind, Instant now, IProgressMonitor monitor) throws CodioApiException {
		List<ExportHistory.Entry> entries = history.entries().stream()
				// entries of files downloaded but not started here have no class
				.filter(entry -> courseId.equals(entry.courseId()) && entry.kind() == kind)
				.filter(entry -> entry.startedAt() != null && now.isBefore(entry.startedAt().plus(ExportLink.LIFETIME)))
				.sorted(Comparator.comparing(ExportHistory.Entry::startedAt).reversed()).toList();
		SubMonitor progress = SubMonitor.convert(monitor, entries.size());
		List<ExportLink> links = new ArrayList<>();
		int asked = 0;
		for (ExportHistory.Entry entry : entries) {
			ExportStatus status;
			if (entry.url() != null) {
				status = new ExportStatus(entry.taskId(), true, entry.url(), null);
				progress.worked(1);
			} else if (++asked > MAX_TASKS_ASKED || entry.startedAt().isBefore(now.minus(UNFINISHED_KEPT))) {
				// a task never seen to finish (cancelled, failed, or the IDE closed meanwhile): asking about every
				// old one on each refresh would spend the rate limit on tasks Codio has long forgotten
				progress.worked(1);
				continue;
			} else {
				try {
					status = client.exportStatus(courseId, kind, entry.taskId(), progress.split(1));
				} catch (CodioApiException e) {
					if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.NOT_OFFERED) {
						continue; // Codio has forgotten the task, or no longer answers for this kind
					}
					throw e;
				}
			}
			links.add(ExportLink.of(courseId, kind, status, Optional.of(entry), now));
		}
		return links;
	}
}
