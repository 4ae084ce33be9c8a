package codio.classdata.workspace;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the workspace package, from workspacetext.properties. */
public final class WorkspaceText extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.workspace.workspacetext";

	public static String ArchiveFormat_unknownName;
	public static String ArchiveFormat_unexpectedContent;
	public static String ArchiveFormat_notAnArchive;

	public static String ArchiveReader_noTableOfContents;
	public static String ArchiveReader_encrypted;
	public static String ArchiveReader_unsupportedMethod;
	public static String ArchiveReader_unsupportedFeature;

	public static String EntryNames_nulCharacter;
	public static String EntryNames_absolutePath;
	public static String EntryNames_drive;
	public static String EntryNames_climbsOut;
	public static String EntryNames_emptySegment;
	public static String EntryNames_invalidLinkTarget;
	public static String EntryNames_absoluteLink;
	public static String EntryNames_linkClimbs;
	public static String EntryNames_linkOutside;
	public static String EntryNames_unsafe;
	public static String EntryNames_segmentTooLong;
	public static String EntryNames_notAllowed;
	public static String EntryNames_windowsReserved;
	public static String EntryNames_windowsCharacter;
	public static String EntryNames_windowsEnding;

	public static String EntryStream_checksumMismatch;
	public static String EntryStream_damagedAtStart;
	public static String EntryStream_damagedAtEntry;

	public static String ExtractionWriter_linkOutsideWorkspace;
	public static String ExtractionWriter_outsideFolder;
	public static String ExtractionWriter_nameClash;
	public static String ExtractionWriter_moreThanDeclared;
	public static String ExtractionWriter_overTotal;
	public static String ExtractionWriter_cannotWrite;
	public static String ExtractionWriter_linkRefused;
	public static String ExtractionWriter_hardLinkMissing;
	public static String ExtractionWriter_folderIsLink;

	public static String ImportWorkspacesOperation_configuring;
	public static String ImportWorkspacesOperation_importingOne;
	public static String ImportWorkspacesOperation_importingMany;
	public static String ImportWorkspacesOperation_invalidName;
	public static String ImportWorkspacesOperation_sameName;
	public static String ImportWorkspacesOperation_plannedTwice;
	public static String ImportWorkspacesOperation_projectExists;
	public static String ImportWorkspacesOperation_folderTaken;

	public static String JavaProjectSetup_task;

	public static String ListingCollector_tooManyEntries;
	public static String ListingCollector_specialFile;
	public static String ListingCollector_invalidName;
	public static String ListingCollector_duplicate;
	public static String ListingCollector_hardLinkOutside;
	public static String ListingCollector_entryRatio;
	public static String ListingCollector_notAnArchive;
	public static String ListingCollector_archiveRatio;
	public static String ListingCollector_entries;
	public static String ListingCollector_overTotal;
	public static String ListingCollector_gib;
	public static String ListingCollector_mib;
	public static String ListingCollector_bytes;
	public static String ListingCollector_insideLink;

	public static String ProjectMaker_cannotMoveSettings;
	public static String ProjectMaker_cannotRecordBase;

	public static String ProjectSetup_task;

	public static String ScanWorkspacesOperation_task;

	public static String StackRecord_cannotRecord;
	public static String ProjectOrigin_cannotRecord;
	public static String CodioWorkspaceZip_exists;
	public static String CodioCommandLaunchDelegate_noProject;
	public static String CodioWorkspaceZip_task;
	public static String CodioWorkspaceZip_cancelled;
	public static String StackRecommender_codioContradicted;
	public static String StackRecommender_manifestAnd;
	public static String StackRecommender_oneExtension;
	public static String StackRecommender_extensions;

	public static String StackRecommender_noCode;
	public static String StackRecommender_andClause;
	public static String StackRecommender_andNotebooks;
	public static String StackRecommender_debuggerType;
	public static String StackRecommender_command;
	public static String StackRecommender_buildFileWithoutRelease;
	public static String StackRecommender_javaNature;
	public static String StackRecommender_codioJUnit;
	public static String StackRecommender_found;
	public static String StackRecommender_languageCount;
	public static String StackRecommender_mixed;
	public static String StackRecommender_oneFile;
	public static String StackRecommender_files;
	public static String StackRecommender_oneNotebook;
	public static String StackRecommender_notebooks;
	public static String StackRecommender_filesAndNotebooks;
	public static String StackRecommender_otherLanguage;
	public static String StackRecommender_buildFileRelease;
	public static String StackRecommender_buildFileReleaseClause;
	public static String StackRecommender_jdtCompliance;
	public static String StackRecommender_jdtComplianceClause;
	public static String StackRecommender_classpathRelease;
	public static String StackRecommender_classpathReleaseClause;

	public static String WorkspaceArchive_reading;
	public static String WorkspaceArchive_extracting;
	public static String WorkspaceArchive_folderNotEmpty;

	public static String WorkspaceScan_noWorkspace;

	public static String WriteRefusal_message;
	public static String WriteRefusal_nameTooLong;
	public static String WriteRefusal_diskFull;
	public static String WriteRefusal_permissionDenied;
	public static String WriteRefusal_readOnly;

	public static String ZipEntryInput_noLocalHeader;
	public static String ZipEntryInput_presetDictionary;
	public static String ZipEntryInput_compressedDataEnds;
	public static String ZipEntryInput_invalidDeflatedData;
	public static String ZipEntryInput_archiveEnds;

	public static String ZipExtraction_threadsDidNotStop;

	static {
		NLS.initializeMessages(BUNDLE_NAME, WorkspaceText.class);
	}

	private WorkspaceText() {
	}
}
