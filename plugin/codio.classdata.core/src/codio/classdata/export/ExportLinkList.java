package codio.classdata.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.CodioClient;
import codio.classdata.api.ExportKind;
import codio.classdata.api.ExportNotOfferedException;
import codio.classdata.api.ExportStatus;

/**
 * The active export links of a class across export kinds, newest knowledge merged in from the history. Kinds the
 * server does not offer are reported separately instead of failing the whole list.
 *
 * @param links      the links, by kind in the order asked, each kind in Codio's order
 * @param notOffered the kinds the server has no API for, with the reason to show
 */
public record ExportLinkList(List<ExportLink> links, List<ExportNotOfferedException> notOffered) {

	public static ExportLinkList load(CodioClient client, ExportHistory history, String courseId,
			List<ExportKind> kinds, Clock clock, IProgressMonitor monitor) throws CodioApiException {
		SubMonitor progress = SubMonitor.convert(monitor, "Listing export links", kinds.size());
		List<ExportLink> links = new ArrayList<>();
		List<ExportNotOfferedException> notOffered = new ArrayList<>();
		for (ExportKind kind : kinds) {
			try {
				for (ExportStatus status : client.listExports(courseId, kind, progress.split(1))) {
					Optional<ExportHistory.Entry> known = history.find(courseId, kind, status.taskId())
							.or(() -> history.findByUrl(status.url()));
					links.add(ExportLink.of(courseId, kind, status, known, clock.instant()));
				}
			} catch (ExportNotOfferedException e) {
				notOffered.add(e);
			}
		}
		return new ExportLinkList(List.copyOf(links), List.copyOf(notOffered));
	}
}
