/**
 * Codio's background exports and their files: starting and polling exports, listing active links with what is
 * known about them, and resumable, atomic downloads. Headless; the view and the command line wrap these classes.
 */
package codio.classdata.export;
