import fs from "node:fs";

/** The Chromium the browser tests drive: Debian's package unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const INSTALL_CHROMIUM = "apt-get install -y chromium";

export const hasChromium = () => fs.existsSync(CHROMIUM_PATH);

/** In CI a missing browser is a failure, never a skip. */
export const isCI = () => Boolean(process.env.CI) && !["0", "false"].includes(process.env.CI ?? "");
