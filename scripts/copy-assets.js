// Copies the parts of Det Fælles Designsystem (npm `dkfds`) that the app links into public/dkfds,
// so they are served as our own static files and never committed twice.
import fs from "node:fs";
import path from "node:path";

// dkfds exports no package.json, so find it beside node_modules the way Node resolves packages.
const dist = path.resolve(import.meta.dirname, "../node_modules/dkfds/dist");
const target = path.resolve(import.meta.dirname, "../public/dkfds");

fs.rmSync(target, { recursive: true, force: true });
const copies = [
  ["css/dkfds.min.css", "css/dkfds.min.css"],
  ["img/svg-icons", "img/svg-icons"],
  ["img/logo-header-placeholder.png", "img/logo-header-placeholder.png"],
  ["img/logo-placeholder.png", "img/logo-placeholder.png"],
  ["LICENSE.md", "LICENSE.md"],
];
for (const [from, to] of copies) {
  fs.cpSync(path.join(dist, from), path.join(target, to), { recursive: true });
}
// Its own @font-face rules list IBM Plex Sans in every weight and style, the regular one as .woff before
// .woff2 (so browsers load the larger file): app/styles/app.css declares the weights we use instead, as
// woff2 the build fingerprints. Refuse to go on if the rules are not found, so an upgrade cannot bring them back.
const cssFile = path.join(target, "css/dkfds.min.css");
const css = fs.readFileSync(cssFile, "utf8");
const plexFaces = /@font-face\{[^}]*font-family:\s*["']?IBM Plex Sans["']?[^}]*\}/g;
const found = css.match(plexFaces)?.length ?? 0;
if (found === 0) throw new Error("copy-assets: no IBM Plex Sans @font-face in dkfds.min.css: check app/styles/app.css's fonts");
fs.writeFileSync(cssFile, css.replace(plexFaces, ""));
console.log(`Copied Det Fælles Designsystem assets to ${path.relative(process.cwd(), target)}`);
