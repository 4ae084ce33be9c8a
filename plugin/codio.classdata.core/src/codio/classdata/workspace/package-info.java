/**
 * Student workspaces from Codio exports into Eclipse projects: reading archives safely (zip, tar, tar.gz, tar.zst,
 * folders, nested archives), finding the workspaces inside, recommending the Codio stack each one used, and creating
 * configured projects with rollback. Headless; the import wizard and the command line wrap these classes.
 */
package codio.classdata.workspace;
