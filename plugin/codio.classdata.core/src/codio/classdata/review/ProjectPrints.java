package codio.classdata.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import codio.classdata.review.Winnowing.Fingerprint;
import codio.classdata.workspace.RelativePaths;

/**
 * A project's fingerprints for similarity, in file-name order then file order, as parallel arrays (a class has
 * hundreds of thousands of them).
 *
 * @param files     the files read, relative to the project
 * @param hashes    each fingerprint's hash
 * @param file      the index in {@code files} of each fingerprint's file
 * @param firstLine each fingerprint's first line
 * @param lastLine  its last line
 */
record ProjectPrints(List<String> files, long[] hashes, int[] file, int[] firstLine, int[] lastLine) {

	/** Larger files that are not code in a language we know are data, not a student's work. */
	private static final long MAX_TEXT_BYTES = 1 << 20;
	/** How much of a file is looked at for NUL bytes to tell binary from text, as git and diff do. */
	private static final int SNIFF_BYTES = 8000;

	/**
	 * Reads every code file (by its name) and every other text file of a folder; dot folders and dot files (the
	 * teacher's .guides, IDE settings) and what {@code skip} names are left out.
	 */
	static ProjectPrints read(Path folder, Predicate<String> skip) throws IOException {
		List<Path> paths = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				String relative = RelativePaths.of(folder, dir);
				if (!relative.isEmpty() && (relative.startsWith(".") || relative.contains("/.")
						|| skip.test(relative + "/"))) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				String name = file.getFileName().toString();
				if (attributes.isRegularFile() && !name.startsWith(".")
						&& (SourceTokens.isCode(name) || attributes.size() <= MAX_TEXT_BYTES)
						&& !skip.test(RelativePaths.of(folder, file))) {
					paths.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		paths.sort(null);
		List<String> files = new ArrayList<>();
		List<Fingerprint> all = new ArrayList<>();
		List<Integer> fileOf = new ArrayList<>();
		for (Path path : paths) {
			String name = path.getFileName().toString();
			byte[] bytes = Files.readAllBytes(path);
			if (!SourceTokens.isCode(name) && isBinary(bytes)) {
				continue;
			}
			List<Fingerprint> fingerprints = Winnowing.of(SourceTokens.of(name, decode(bytes)));
			if (!fingerprints.isEmpty()) {
				files.add(RelativePaths.of(folder, path));
				all.addAll(fingerprints);
				for (int i = 0; i < fingerprints.size(); i++) {
					fileOf.add(files.size() - 1);
				}
			}
		}
		int size = all.size();
		long[] hashes = new long[size];
		int[] file = new int[size];
		int[] first = new int[size];
		int[] last = new int[size];
		for (int i = 0; i < size; i++) {
			Fingerprint fingerprint = all.get(i);
			hashes[i] = fingerprint.hash();
			file[i] = fileOf.get(i);
			first[i] = fingerprint.firstLine();
			last[i] = fingerprint.lastLine();
		}
		return new ProjectPrints(List.copyOf(files), hashes, file, first, last);
	}

	/** These prints less those whose hash is in {@code sortedHashes} (the starter code's). */
	ProjectPrints without(long[] sortedHashes) {
		if (sortedHashes.length == 0) {
			return this;
		}
		int kept = 0;
		long[] keptHashes = new long[hashes.length];
		int[] keptFile = new int[hashes.length];
		int[] keptFirst = new int[hashes.length];
		int[] keptLast = new int[hashes.length];
		for (int i = 0; i < hashes.length; i++) {
			if (Arrays.binarySearch(sortedHashes, hashes[i]) < 0) {
				keptHashes[kept] = hashes[i];
				keptFile[kept] = file[i];
				keptFirst[kept] = firstLine[i];
				keptLast[kept] = lastLine[i];
				kept++;
			}
		}
		return new ProjectPrints(files, Arrays.copyOf(keptHashes, kept), Arrays.copyOf(keptFile, kept),
				Arrays.copyOf(keptFirst, kept), Arrays.copyOf(keptLast, kept));
	}

	private static boolean isBinary(byte[] bytes) {
		for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	/** UTF-8, or Latin-1 for files that are not (older editors on Windows). */
	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}
}
