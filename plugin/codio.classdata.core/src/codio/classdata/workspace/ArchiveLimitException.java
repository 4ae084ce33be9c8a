package codio.classdata.workspace;

/** An archive refused because it goes over one of the {@link ExtractionLimits}: most likely a decompression bomb. */
public class ArchiveLimitException extends ArchiveException {

	private static final long serialVersionUID = 1L;

	private final String limit;

	/** @param limit the name of the limit, such as {@code maxTotalBytes} */
	public ArchiveLimitException(String archive, String entry, String limit, String message) {
		super(archive, entry, message);
		this.limit = limit;
	}

	/** The name of the limit gone over: {@code maxTotalBytes}, {@code maxEntries} or {@code maxCompressionRatio}. */
	public String limit() {
		return limit;
	}
}
