package codio.classdata.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.api.CallCanceller;
import codio.classdata.api.CodioApiException;
import codio.classdata.api.ErrorKind;
import codio.classdata.api.LoopbackPolicy;
import codio.classdata.api.SharedHttpClient;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Downloads an export link into a folder, safely: the bytes go to {@code NAME.<hash>.part} and reach their final
 * name only when complete and of the promised length, by an atomic step that never replaces an existing file
 * (a taken name becomes {@code NAME (2).zip}). A dropped connection resumes with {@code Range} when the host
 * answers 206, else starts over. Expired links (403/404/410, or an HTML/XML page instead of the file) fail with
 * {@link ErrorKind#LINK_EXPIRED}; nothing is left under the final name after any failure. The request carries no
 * Authorization header: export links are pre-signed URLs on Codio's archive host.
 */
public final class DownloadOperation {

	/**
	 * Bytes per write to the file. Small on purpose: measured on Linux 6.18 (ext4, 2-core VM, 1 GiB on loopback),
	 * the kernel backs a write with page-cache folios as large as the write, and folios above 32 KiB come from
	 * the page allocator's colder free lists: 1 MiB writes cost twice the system time of curl's 8 KiB writes and
	 * held the download to about two thirds of curl's speed, 16 KiB writes matched it.
	 */
	private static final int WRITE_CHUNK_BYTES = 16 * 1024;
	private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;
	private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
	private static final byte[] ZIP_MAGIC = { 'P', 'K' };
	private static final byte[] ZSTD_MAGIC = { 0x28, (byte) 0xB5, 0x2F, (byte) 0xFD };

	private final HttpUrl url;
	private final Path folder;
	private String fileName;
	private boolean keepPartialFile;
	private OkHttpClient http;
	private int maxResumes = 5;
	private Duration resumePause = Duration.ofMillis(500);
	/** A download may pause long on a slow archive host, but not for ever. */
	private Duration stallTimeout = Duration.ofSeconds(120);

	public DownloadOperation(String url, Path folder) {
		this.url = LoopbackPolicy.requireSecure(url, ExportText.DownloadOperation_link);
		this.folder = folder;
	}

	/** The local name (made safe); by default the link's last path segment. */
	public DownloadOperation fileName(String name) {
		this.fileName = name;
		return this;
	}

	/** Keep the {@code .part} file when cancelled or broken off, so that the next run resumes it. */
	public DownloadOperation keepPartialFile(boolean keep) {
		this.keepPartialFile = keep;
		return this;
	}

	public DownloadOperation http(OkHttpClient client) {
		this.http = client;
		return this;
	}

	/** How many times a dropped connection is resumed within one run (default 5). */
	public DownloadOperation maxResumes(int resumes, Duration pauseBetween) {
		this.maxResumes = resumes;
		this.resumePause = pauseBetween;
		return this;
	}

	/**
	 * How long the archive host may send nothing before the connection counts as dropped (default 2 minutes); it is
	 * then resumed like any dropped connection. The download reads without a per-read timeout, so this is the one.
	 */
	public DownloadOperation stallTimeout(Duration timeout) {
		this.stallTimeout = timeout;
		return this;
	}

	/**
	 * @return the saved file
	 * @throws CodioApiException    the link expired, the host failed, or the connection broke for good
	 * @throws IOException          the folder cannot be written
	 * @throws InterruptedException the monitor was cancelled
	 */
	public DownloadResult run(IProgressMonitor monitor) throws CodioApiException, IOException, InterruptedException {
		String name = fileName != null ? FileNames.sanitise(fileName) : FileNames.fromUrl(url, "codio-export");
		if (name.isEmpty()) {
			name = "codio-export";
		}
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(ExportText.DownloadOperation_task, name), 1000);
		Files.createDirectories(folder);
		Path target = FileNames.unique(folder, name);
		Path part = folder.resolve(target.getFileName() + "." + urlHash() + ".part");
		long started = System.nanoTime();
		long resumedFrom = Files.isRegularFile(part) ? Files.size(part) : 0;
		boolean finished = false;
		try {
			Transfer transfer = new Transfer(part, progress, target.getFileName().toString());
			transfer.run();
			Path saved = publish(part, target);
			finished = true;
			return new DownloadResult(saved, Files.size(saved), resumedFrom, transfer.resumes,
					Duration.ofNanos(System.nanoTime() - started));
		} catch (OperationCanceledException e) {
			throw new InterruptedException("Download of " + name + " cancelled");
		} finally {
			if (!finished && !keepPartialFile) {
				Files.deleteIfExists(part);
			}
		}
	}

	/** A short stable tag of the link, so a {@code .part} file only ever resumes the download it came from. */
	private String urlHash() {
		String identity = url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath();
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
					.digest(identity.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** Gives the complete file its final name without ever replacing an existing file. */
	private static Path publish(Path part, Path target) throws IOException {
		Path candidate = target;
		while (true) {
			try {
				try {
					// A hard link is an atomic "create if absent"; rename would silently replace.
					Files.createLink(candidate, part);
					Files.delete(part);
				} catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
					if (e instanceof FileAlreadyExistsException exists) {
						throw exists;
					}
					Files.move(part, candidate);
				}
				return candidate;
			} catch (FileAlreadyExistsException e) {
				candidate = FileNames.unique(candidate.getParent(), target.getFileName().toString());
			}
		}
	}

	/** The request/response loop of one run, with its resume bookkeeping. */
	private final class Transfer {

		private final Path part;
		private final SubMonitor progress;
		private final String displayName;
		private final ByteBuffer buffer = ByteBuffer.allocateDirect(WRITE_CHUNK_BYTES);
		private int resumes;
		private long total = -1;
		private long lastReport;
		private long bytesThisRun;
		private final long runStarted = System.nanoTime();
		private int reportedWork;
		/** When a byte last arrived (or the request went out), for the stall watch. */
		private volatile long lastProgress = System.nanoTime();
		private volatile boolean stalled;

		Transfer(Path part, SubMonitor progress, String displayName) {
			this.part = part;
			this.progress = progress;
			this.displayName = displayName;
		}

		void run() throws CodioApiException, IOException, InterruptedException {
			while (true) {
				long offset = Files.isRegularFile(part) ? Files.size(part) : 0;
				if (total >= 0 && offset == total) {
					return;
				}
				try {
					fetchFrom(offset);
				} catch (IOException e) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					if (resumes >= maxResumes) {
						String reason = stalled
								? NLS.bind(ExportText.DownloadOperation_stalled, stallTimeout.toSeconds())
								: e.getMessage();
						String message = NLS.bind(ExportText.DownloadOperation_brokeOff,
								new Object[] { displayName, amount(sizeOf(part), total), reason });
						throw new CodioApiException(ErrorKind.NETWORK,
								keepPartialFile ? message + " " + ExportText.DownloadOperation_resumesNextTime : message, e);
					}
					resumes++;
					Waits.sleep(resumePause.multipliedBy(resumes), progress);
					continue;
				}
				long size = sizeOf(part);
				if (total < 0 || size == total) {
					return;
				}
				if (resumes >= maxResumes) {
					throw new CodioApiException(ErrorKind.BAD_RESPONSE, NLS.bind(ExportText.DownloadOperation_tooShort,
							new Object[] { size, displayName, total }), 200);
				}
				resumes++;
			}
		}

		private void fetchFrom(long offset) throws CodioApiException, IOException {
			Request.Builder request = new Request.Builder().url(url).get();
			if (offset > 0) {
				request.header("Range", "bytes=" + offset + "-");
			}
			Call call = client().newCall(request.build());
			lastProgress = System.nanoTime();
			stalled = false;
			try (CallCanceller watch = CallCanceller.watch(call, progress, this::hasStalled);
					Response response = call.execute()) {
				int code = response.code();
				if (code == 416 && offset > 0) {
					// The partial file does not fit this link (any more): start over.
					Files.deleteIfExists(part);
					total = -1;
					return;
				}
				if (code == 403 || code == 404 || code == 410) {
					throw expired(code);
				}
				if (!response.isSuccessful()) {
					throw new CodioApiException(code >= 500 ? ErrorKind.SERVER : ErrorKind.OTHER, NLS.bind(
							ExportText.DownloadOperation_hostFailed, new Object[] { url.host(), code, displayName }),
							code);
				}
				boolean append = false;
				if (code == 206) {
					Matcher range = CONTENT_RANGE.matcher(String.valueOf(response.header("Content-Range")));
					if (range.matches() && Long.parseLong(range.group(1)) == offset) {
						append = true;
						total = range.group(3).equals("*") ? -1 : Long.parseLong(range.group(3));
					}
				}
				if (!append) {
					long length = response.body().contentLength();
					total = length;
					if (offset > 0) {
						progress.subTask(NLS.bind(ExportText.DownloadOperation_startingOver, displayName));
					}
				}
				BufferedSource source = response.body().source();
				if (!append) {
					rejectErrorPages(response, source);
				}
				copy(source, append);
			}
		}

		private void copy(BufferedSource source, boolean append) throws IOException {
			StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
			try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
				long written = out.size();
				buffer.clear();
				try {
					while (source.read(buffer) >= 0) {
						lastProgress = System.nanoTime();
						if (!buffer.hasRemaining()) {
							written += drain(out);
							report(written);
							if (progress.isCanceled()) {
								throw new OperationCanceledException();
							}
						}
					}
				} finally {
					// Every byte that arrived is right and in order: keep it, so that a resume continues after it.
					written += drain(out);
				}
				report(written);
			}
		}

		/** True once the host has sent nothing for the stall timeout; the watcher then cancels the call. */
		private boolean hasStalled() {
			if (System.nanoTime() - lastProgress > stallTimeout.toNanos()) {
				stalled = true;
			}
			return stalled;
		}

		private int drain(FileChannel out) throws IOException {
			buffer.flip();
			int count = buffer.remaining();
			while (buffer.hasRemaining()) {
				out.write(buffer);
			}
			buffer.clear();
			bytesThisRun += count;
			return count;
		}

		/** An HTML or XML page where a file was expected is how archive hosts say a link is gone. */
		private void rejectErrorPages(Response response, BufferedSource source) throws IOException, CodioApiException {
			String type = String.valueOf(response.header("Content-Type")).toLowerCase(Locale.ROOT);
			if (type.contains("html") || (type.contains("xml") && !displayName.endsWith(".xml"))) {
				throw expired(response.code());
			}
			if (!source.request(4)) {
				return; // tiny or empty file: the length check decides
			}
			byte[] head = source.getBuffer().snapshot(4).toByteArray();
			if (head[0] == '<') {
				throw expired(response.code());
			}
			String lower = displayName.toLowerCase(Locale.ROOT);
			if ((lower.endsWith(".zip") && !startsWith(head, ZIP_MAGIC))
					|| (lower.endsWith(".zst") && !startsWith(head, ZSTD_MAGIC))) {
				throw new CodioApiException(ErrorKind.BAD_RESPONSE, NLS.bind(ExportText.DownloadOperation_notArchive,
						lower.substring(lower.lastIndexOf('.') + 1), displayName), response.code());
			}
		}

		private CodioApiException expired(int status) {
			return new CodioApiException(ErrorKind.LINK_EXPIRED,
					NLS.bind(ExportText.DownloadOperation_expired, status, displayName), status);
		}

		private void report(long written) {
			long now = System.nanoTime();
			if (now - lastReport < PROGRESS_INTERVAL_NANOS && (total < 0 || written < total)) {
				return;
			}
			lastReport = now;
			double seconds = Math.max(now - runStarted, 1) / 1e9;
			String rate = String.format(Locale.ROOT, "%.1f MB/s", bytesThisRun / 1e6 / seconds);
			if (total > 0) {
				int work = (int) Math.min(1000, written * 1000 / total);
				if (work > reportedWork) {
					progress.worked(work - reportedWork);
					reportedWork = work;
				}
			} else {
				progress.setWorkRemaining(1000);
				progress.worked(1);
			}
			// after the work, so that a progress line drawn now shows figures and percentage that agree
			progress.subTask(NLS.bind(ExportText.DownloadOperation_progress,
					new Object[] { displayName, amount(written, total > 0 ? total : -1), rate }));
		}

		private OkHttpClient client() {
			if (http == null) {
				http = SharedHttpClient.forDownloads();
			}
			return http;
		}
	}

	private static long sizeOf(Path file) throws IOException {
		return Files.isRegularFile(file) ? Files.size(file) : 0;
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** "12.3 MB", or "12.3 MB of 45.6 MB" when the whole is known (not negative). */
	private static String amount(long bytes, long of) {
		return of >= 0 ? NLS.bind(ExportText.DownloadOperation_amountOf, megabytes(bytes), megabytes(of))
				: megabytes(bytes);
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
	}
}
