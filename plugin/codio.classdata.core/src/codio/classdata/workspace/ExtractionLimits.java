package codio.classdata.workspace;

/**
 * Limits that stop decompression bombs early. They are checked while listing (declared sizes and counts, and the
 * compression ratio where the archive states compressed sizes) and again while extracting (bytes actually
 * written), so an archive that lies about its sizes is stopped before it fills the disk.
 *
 * @param maxTotalBytes       the most uncompressed bytes of all files together
 * @param maxEntries          the most entries (files, folders, links), nested archives' entries included
 * @param maxCompressionRatio the most uncompressed bytes per compressed byte of one zip entry, or of a whole
 *                            tar.gz/tar.zst; checked only from {@link #RATIO_CHECK_BYTES} on, since small text files
 *                            compress well
 */
public record ExtractionLimits(long maxTotalBytes, long maxEntries, int maxCompressionRatio) {

	/** Entries smaller than this are never judged by their compression ratio. */
	public static final long RATIO_CHECK_BYTES = 1024 * 1024;

	/** 16 GiB, a million entries, a ratio of 200. */
	public static final ExtractionLimits DEFAULTS = new ExtractionLimits(16L << 30, 1_000_000, 200);

	public ExtractionLimits {
		if (maxTotalBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0) {
			throw new IllegalArgumentException("Extraction limits must be positive");
		}
	}

	/** Whether {@code size} bytes stored in {@code compressedSize} bytes go over the ratio. */
	boolean overRatio(long size, long compressedSize) {
		return size >= RATIO_CHECK_BYTES && compressedSize > 0 && size / compressedSize > maxCompressionRatio;
	}
}
