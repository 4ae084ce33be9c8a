package codio.classdata.workspace;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

import org.eclipse.osgi.util.NLS;

/**
 * An entry's content as read from its archive. A read failure becomes an {@link ArchiveException} that names the
 * archive and entry, so a truncated or damaged download is reported as such and never as a bare stack trace; where
 * the archive states a CRC, the content is checked against it at its end.
 */
final class EntryStream extends FilterInputStream {

	private final String archive;
	private final String entry;
	private final boolean closeUnderlying;
	private final long expectedCrc;
	private final CRC32 crc;
	private boolean checked;

	/**
	 * @param expectedCrc the stated CRC-32, or -1 to check none
	 * @param closeUnderlying false for a stream of a tar or zip stream, which must stay open for the next entry
	 */
	EntryStream(InputStream in, String archive, String entry, long expectedCrc, boolean closeUnderlying) {
		super(in);
		this.archive = archive;
		this.entry = entry;
		this.closeUnderlying = closeUnderlying;
		this.expectedCrc = expectedCrc;
		this.crc = expectedCrc >= 0 ? new CRC32() : null;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n;
		try {
			n = in.read(b, off, len);
		} catch (ArchiveException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw damaged(archive, entry, e);
		}
		if (crc != null) {
			if (n > 0) {
				crc.update(b, off, n);
			} else if (n < 0 && !checked) {
				checked = true;
				if (crc.getValue() != expectedCrc) {
					throw new ArchiveException(archive, entry,
							NLS.bind(WorkspaceText.EntryStream_checksumMismatch, archive, entry));
				}
			}
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		if (crc != null) {
			// read through, so the CRC stays whole
			byte[] skipped = new byte[(int) Math.min(8192, Math.max(n, 1))];
			long left = n;
			while (left > 0) {
				int r = read(skipped, 0, (int) Math.min(skipped.length, left));
				if (r < 0) {
					break;
				}
				left -= r;
			}
			return n - left;
		}
		try {
			return in.skip(n);
		} catch (IOException | RuntimeException e) {
			throw damaged(archive, entry, e);
		}
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public void close() throws IOException {
		if (closeUnderlying) {
			in.close();
		}
	}

	/** A failure to read an archive as the user should see it. */
	static ArchiveException damaged(String archive, String entry, Exception cause) {
		String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		String message = entry == null ? NLS.bind(WorkspaceText.EntryStream_damagedAtStart, archive, detail)
				: NLS.bind(WorkspaceText.EntryStream_damagedAtEntry, new Object[] { archive, entry, detail });
		return new ArchiveException(archive, entry, message, cause);
	}
}
