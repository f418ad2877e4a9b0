/**
 * Both languages, registered as this module is imported: the server answers in either, and its error
 * pages, downloads and board packs may use both. Imported by entry.server.tsx (the server build) and by
 * tests/setup/catalogues.ts (every vitest project); a script that translates outside them imports it too.
 * Never in the browser, which fetches only its page's language (entry.client.tsx, decision 017). These are
 * the page words; the words only the server writes are in server-words.server.ts (decision 018).
 */
import { catalogue as da } from "./catalogue-da";
import { catalogue as en } from "./catalogue-en";
import { registerCatalogue } from "./i18n";

registerCatalogue("da", da);
registerCatalogue("en", en);
