package codio.classdata.api;

import org.eclipse.osgi.util.NLS;

/**
 * The server has no API for this export (Codio's public API offers neither User Access Data nor LTI assignment
 * URLs). The message says where in Codio's web UI the file can be had instead.
 */
public class ExportNotOfferedException extends CodioApiException {

	private static final long serialVersionUID = 1L;

	private final ExportKind exportKind;

	public ExportNotOfferedException(ExportKind exportKind, int httpStatus) {
		super(ErrorKind.NOT_OFFERED, NLS.bind(ApiText.ExportNotOfferedException_message,
				new Object[] { exportKind.label(), httpStatus, exportKind.webUiPath() }), httpStatus);
		this.exportKind = exportKind;
	}

	public ExportKind exportKind() {
		return exportKind;
	}
}
