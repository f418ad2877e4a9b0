/**
 * Setup file of every vitest project: both message catalogues, as the server has them (entry.server.tsx),
 * for tests that translate or call code that does.
 */
import "../../app/i18n/catalogues.server";
