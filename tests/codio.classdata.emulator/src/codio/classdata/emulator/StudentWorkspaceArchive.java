package codio.classdata.emulator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import com.github.luben.zstd.ZstdOutputStream;

/** One student's workspace for one assignment as a zstd-compressed tar, the per-student download. */
final class StudentWorkspaceArchive implements ArchiveContent {

	private final EmulatedCourse course;
	private final EmulatedAssignment assignment;
	private final EmulatedUser student;
	private final WorkspaceShape shape;

	StudentWorkspaceArchive(EmulatedCourse course, EmulatedAssignment assignment, EmulatedUser student,
			WorkspaceShape shape) {
		this.course = course;
		this.assignment = assignment;
		this.student = student;
		this.shape = shape;
	}

	@Override
	public String key() {
		return "workspace/" + course.id() + "/" + assignment.id() + "/" + student.id() + "/" + shape;
	}

	@Override
	public String extension() {
		return "tar.zst";
	}

	@Override
	public String contentType() {
		return "application/zstd";
	}

	@Override
	public void writeTo(Path file) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			writeTarZst(StudentWorkspace.files(course, assignment, student, shape), course, out);
		}
	}

	/** Workspace files as a zstd-compressed tar, as Codio writes workspaces; leaves {@code out} open. */
	static void writeTarZst(List<WorkspaceFile> files, EmulatedCourse course, OutputStream out) throws IOException {
		long modified = ClassDataZip.entryTime(course).toEpochMilli();
		TarArchiveOutputStream tar = new TarArchiveOutputStream(new ZstdOutputStream(new NonClosingStream(out), 3));
		tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
		tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
		for (WorkspaceFile workspaceFile : files) {
			TarArchiveEntry entry = new TarArchiveEntry(workspaceFile.path());
			entry.setSize(workspaceFile.size());
			entry.setModTime(modified);
			entry.setMode(workspaceFile.path().endsWith(".sh") ? 0100755 : 0100644);
			entry.setUserName("codio");
			entry.setGroupName("codio");
			entry.setIds(1000, 1000);
			tar.putArchiveEntry(entry);
			workspaceFile.writeTo(tar);
			tar.closeArchiveEntry();
		}
		tar.close();
	}

	/** Lets a tar finish its compressed stream inside another archive's entry without closing that archive. */
	private static final class NonClosingStream extends java.io.FilterOutputStream {

		NonClosingStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
