/** The Codio HTTP API: OAuth client credentials, classes, and the DTOs it returns. Headless. */
package codio.classdata.api;
