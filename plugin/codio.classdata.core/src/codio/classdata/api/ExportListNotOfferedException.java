package codio.classdata.api;

import org.eclipse.osgi.util.NLS;

/**
 * The server has no list of one kind's export links (404 or 405 on {@code GET courses/{c}/export/{kind}}, which
 * Codio's published API documents only for class data and course sources). Not an error for the user: the links
 * the plugin started itself are still known, and the other kinds are not affected.
 */
public class ExportListNotOfferedException extends CodioApiException {

	private static final long serialVersionUID = 1L;

	private final ExportKind exportKind;

	public ExportListNotOfferedException(ExportKind exportKind, int httpStatus) {
		super(ErrorKind.NOT_OFFERED, NLS.bind(ApiText.ExportListNotOfferedException_message, exportKind.label(),
				httpStatus), httpStatus);
		this.exportKind = exportKind;
	}

	public ExportKind exportKind() {
		return exportKind;
	}
}
