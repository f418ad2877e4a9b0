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
  ["fonts/IBMPlexSans/complete/woff2", "fonts/IBMPlexSans/complete/woff2"],
  ["fonts/IBMPlexSans/complete/woff", "fonts/IBMPlexSans/complete/woff"],
  ["img/svg-icons", "img/svg-icons"],
  ["img/logo-header-placeholder.png", "img/logo-header-placeholder.png"],
  ["img/logo-placeholder.png", "img/logo-placeholder.png"],
  ["LICENSE.md", "LICENSE.md"],
];
for (const [from, to] of copies) {
  fs.cpSync(path.join(dist, from), path.join(target, to), { recursive: true });
}
console.log(`Copied Det Fælles Designsystem assets to ${path.relative(process.cwd(), target)}`);
