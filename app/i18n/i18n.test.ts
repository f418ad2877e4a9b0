import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it, vi } from "vitest";

import { catalogue as da, MESSAGE_MODULES as DANISH_MODULES } from "./catalogue-da";
import { catalogue as en, MESSAGE_MODULES as ENGLISH_MODULES } from "./catalogue-en";
import { formatDate, formatDateLong, formatDateTime, formatDateTimeLong, formatMoney, formatNumber, formatPercent } from "./format";
import { isMessageKey, type Lang, type MessageKey, pageLang, translate, translatePlural } from "./i18n";
import {
  type AnyMessageKey,
  isAnyMessageKey,
  SERVER_MESSAGE_MODULES,
  SERVER_MESSAGE_MODULES_EN,
  serverCatalogues,
  serverTranslator,
  translateAny,
} from "./server-words.server";

/** Every message of each language: the page words and the server's own. */
const catalogues = { da: { ...da, ...serverCatalogues.da }, en: { ...en, ...serverCatalogues.en } };

describe("message catalogues", () => {
  it("have the same keys in Danish and English", () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.da).sort());
  });

  it("define each key in one module only, page words and server words alike, so no module silently overrides another", () => {
    const owners = new Map<string, string>();
    const modules: [string, Record<string, string>, Record<string, string>][] = [
      ...Object.entries(DANISH_MODULES).map(([name, danish]): [string, Record<string, string>, Record<string, string>] => [
        name,
        danish,
        ENGLISH_MODULES[name as keyof typeof ENGLISH_MODULES],
      ]),
      ...Object.entries(SERVER_MESSAGE_MODULES).map(([name, danish]): [string, Record<string, string>, Record<string, string>] => [
        `server/${name}`,
        danish,
        SERVER_MESSAGE_MODULES_EN[name as keyof typeof SERVER_MESSAGE_MODULES_EN],
      ]),
    ];
    for (const [name, danish, english] of modules) {
      for (const key of Object.keys(danish)) {
        expect(owners.get(key), `${key} is in ${owners.get(key)} and ${name}`).toBeUndefined();
        owners.set(key, name);
      }
      expect(Object.keys(english).sort(), name).toEqual(Object.keys(danish).sort());
    }
    expect(Object.keys(ENGLISH_MODULES).sort()).toEqual(Object.keys(DANISH_MODULES).sort());
    expect(Object.keys(SERVER_MESSAGE_MODULES_EN).sort()).toEqual(Object.keys(SERVER_MESSAGE_MODULES).sort());
  });

  it("have no empty message", () => {
    for (const [lang, catalogue] of Object.entries(catalogues)) {
      for (const [key, message] of Object.entries(catalogue)) {
        expect(message.trim(), `${lang}:${key}`).not.toBe("");
      }
    }
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const key of Object.keys(catalogues.da) as (keyof typeof catalogues.da)[]) {
      expect(placeholders(catalogues.en[key]), key).toEqual(placeholders(catalogues.da[key]));
    }
  });
});

describe("the languages a process has", () => {
  it("on the server (and in tests, as tests/setup/catalogues.ts does what entry.server.tsx does): both, whole", () => {
    for (const lang of ["da", "en"] as const) {
      for (const key of Object.keys(catalogues.da) as AnyMessageKey[])
        expect(translateAny(lang, key), `${lang}:${key}`).toBe(catalogues[lang][key]);
      expect(serverTranslator(lang).tn("audit.actualsCount", 1)).toBe(translateAny(lang, "audit.actualsCount.one", { count: 1 }));
      expect(serverTranslator(lang).tn("audit.actualsCount", 2)).toBe(translateAny(lang, "audit.actualsCount.other", { count: 2 }));
    }
    // A word only the server writes is a message, but not a page word: the page-word translator refuses it.
    expect(isAnyMessageKey("auditAction.user.update")).toBe(true);
    expect(isMessageKey("auditAction.user.update")).toBe(false);
    expect(() => translate("da", "auditAction.user.update" as MessageKey)).toThrow(
      /No message "auditAction\.user\.update" among the page words/,
    );
    expect(pageLang(undefined)).toBe("da");
    expect(pageLang("en")).toBe("en");
    expect(pageLang("fr")).toBe("da");
    expect(isMessageKey("saved.activity")).toBe(true);
    expect(isMessageKey("saved.nothing")).toBe(false);
  });

  it("in a browser: only the language registered, Danish by default, and a clear error for the other", async () => {
    // A fresh copy of the module, with nothing registered, as entry.client.tsx finds it.
    vi.resetModules();
    const browser = await import("./i18n");
    try {
      expect(() => browser.translate("da", "app.name")).toThrow(/No "da" message catalogue.*catalogues\.server\.ts/);

      browser.registerCatalogue("en", en);
      expect(browser.translate("en", "nav.activities")).toBe("Activities");
      expect(() => browser.translate("da", "nav.activities")).toThrow(/No "da" message catalogue/);
      // An error page without the root's data, after a client-side navigation in English: English, which it has.
      expect(browser.pageLang(undefined)).toBe<Lang>("en");
      expect(browser.pageLang("da")).toBe<Lang>("da");
      expect(browser.isMessageKey("saved.activity")).toBe(true);
      expect(browser.isMessageKey("saved.nothing")).toBe(false);

      browser.registerCatalogue("da", da);
      expect(browser.pageLang(undefined)).toBe<Lang>("da");
      expect(browser.translate("da", "nav.activities")).toBe("Aktiviteter");
    } finally {
      vi.resetModules();
    }
  });
});

describe("the Danish wording", () => {
  const danish = Object.entries(catalogues.da);

  it("calls the traffic light Vurdering, never Sundhed (which reads as public health)", () => {
    for (const [key, message] of danish) expect(message, key).not.toMatch(/sundhed/i);
    expect(translate("da", "col.health")).toBe("Vurdering");
    expect(translate("da", "health.label", { health: "Gul" })).toBe("Vurdering: Gul");
    expect(translate("en", "col.health")).toBe("Health");
  });

  it("quotes with Danish quotation marks „…“ only", () => {
    for (const [key, message] of danish) {
      expect(message, key).not.toMatch(/["”»«]/);
      expect(message.split("„").length, key).toBe(message.split("“").length);
    }
    expect(translate("da", "activities.searchFor", { q: "mentor" })).toBe("Søgning: „mentor“");
  });

  it("uses one verb for editing (Ret, not Rediger) and one spelling of Marker", () => {
    for (const [key, message] of danish) {
      expect(message, key).not.toMatch(/\bRediger/i);
      expect(message, key).not.toMatch(/\bMarkér/i);
    }
    expect(translate("da", "admin.users.edit")).toBe("Ret");
  });

  it('tells of a conflict without saying "siden du åbnede siden"', () => {
    for (const [key, message] of danish) expect(message, key).not.toMatch(/siden du åbnede siden/);
    expect(translate("da", "conflict.activity")).toMatch(/^Aktiviteten er ændret af en anden, efter at du åbnede formularen /);
  });

  it('writes dates in sentences as "den 3. april 2020"', () => {
    expect(translate("da", "milestoneEdit.reopenText", { date: formatDateLong("da", "2020-04-03") })).toMatch(
      /^Milepælen blev nået den 3\. april 2020\. /,
    );
    expect(translate("da", "boardPack.meeting", { date: formatDateLong("da", "2020-04-30") })).toBe(
      "Til bestyrelsesmødet den 30. april 2020",
    );
    expect(translate("en", "boardPack.meeting", { date: formatDateLong("en", "2020-04-30") })).toBe(
      "For the board meeting on 30 April 2020",
    );
    // Every Danish sentence that puts a date after a verb or a noun says "den" before it.
    for (const key of [
      "indicatorEdit.retiredNotice",
      "meetingPack.since.board",
      "update.indicator.last",
      "login.error.throttled",
    ] as const) {
      expect(catalogues.da[key], key).toMatch(/den \{(date|time)\}/);
    }
  });
});

describe("plural agreement", () => {
  it("gives each colour of the health mix its own singular and plural (1 grøn, 2 grønne)", () => {
    expect([0, 1, 2].map((n) => translatePlural("da", "healthMix.green", n))).toEqual(["0 grønne", "1 grøn", "2 grønne"]);
    expect([1, 3].map((n) => translatePlural("da", "healthMix.amber", n))).toEqual(["1 gul", "3 gule"]);
    expect([1, 12].map((n) => translatePlural("da", "healthMix.red", n))).toEqual(["1 rød", "12 røde"]);
    expect(translatePlural("en", "healthMix.green", 1)).toBe("1 green");
  });

  it("counts days and active activities in the singular for one", () => {
    expect(translatePlural("da", "my.stale", 1)).toBe("Ikke opdateret i 1 dag");
    expect(translatePlural("da", "my.stale", 90)).toBe("Ikke opdateret i 90 dage");
    expect(translatePlural("en", "my.stale", 90)).toBe("Not updated in 90 days");
    expect(translatePlural("da", "boardPack.focusActive", 1, { green: "100\u00a0%" })).toBe("1 aktiv aktivitet, andel grønne: 100\u00a0%.");
    expect(translatePlural("da", "boardPack.focusActive", 4, { green: "50\u00a0%" })).toBe(
      "4 aktive aktiviteter, andel grønne: 50\u00a0%.",
    );
    expect(translatePlural("da", "activities.count", 1_234)).toBe("1.234 aktiviteter");
    expect(translatePlural("da", "application.withdrawHint", 1, { years: "2027" })).toMatch(/^Ansøgningens ene linje \(2027\) slettes /);
    expect(translatePlural("da", "application.withdrawHint", 3, { years: "2026–2028" })).toMatch(
      /^Alle ansøgningens 3 linjer \(2026–2028\) slettes /,
    );
  });

  it("has an .other form for every .one form", () => {
    const ones = Object.keys(catalogues.da).filter((k) => k.endsWith(".one"));
    expect(ones.length).toBeGreaterThan(10);
    for (const key of ones) expect(Object.hasOwn(catalogues.da, key.replace(/\.one$/, ".other")), key).toBe(true);
  });
});

describe("money in messages", () => {
  // Which placeholders carry money: every name that the app fills with formatMoney(...), found in its source,
  // so that a new message with money is checked without anyone remembering to add it here.
  const appDir = path.join(import.meta.dirname, "..");
  const sources = (readdirSync(appDir, { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !file.includes(".test."))
    .map((file) => readFileSync(path.join(appDir, file), "utf8"));
  const moneyNames = new Set(sources.flatMap((source) => [...source.matchAll(/\b(\w+): formatMoney\(/g)].map((m) => m[1] ?? "")));

  it("knows the placeholders that carry money", () => {
    for (const name of ["amount", "budget", "gap", "missing"]) expect(moneyNames).toContain(name);
  });

  it('never ends a sentence with a doubled full stop after kr. ("mangler 600.000 kr..")', () => {
    const money = formatMoney("da", 600_000);
    expect(money).toBe("600.000\u00a0kr.");
    let checked = 0;
    for (const [key, message] of Object.entries(catalogues.da)) {
      const names = [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
      if (!names.some((name) => moneyNames.has(name))) continue;
      const params = Object.fromEntries(names.map((name) => [name, moneyNames.has(name) ? money : "x"]));
      const text = translate("da", key as MessageKey, params);
      expect(text, key).not.toMatch(/kr\.\s*\./);
      expect(text, key).toContain(money);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(6);
    expect(translate("da", "boardPack.focusGap", { budget: formatMoney("da", 1_200_000), gap: money })).toBe(
      "Af budgettet på 1.200.000\u00a0kr. er 600.000\u00a0kr. endnu ikke finansieret.",
    );
  });
});

describe("translate", () => {
  it("fills placeholders and formats numbers for the language", () => {
    expect(translate("da", "activities.showing", { from: 1, to: 50, total: 1234 })).toBe("Viser 1–50 af 1.234");
    expect(translate("en", "activities.showing", { from: 1, to: 50, total: 1234 })).toBe("Showing 1–50 of 1,234");
  });

  it("picks plural forms", () => {
    expect(translatePlural("da", "activities.count", 1)).toBe("1 aktivitet");
    expect(translatePlural("da", "activities.count", 0)).toBe("0 aktiviteter");
    expect(translatePlural("en", "activities.count", 2)).toBe("2 activities");
  });
});

describe("formatting", () => {
  it("writes Danish money with dots and a no-break space before kr.", () => {
    expect(formatMoney("da", 1234567)).toBe("1.234.567\u00a0kr.");
    expect(formatMoney("en", 1234567)).toBe("DKK\u00a01,234,567");
  });

  it("writes numbers and percentages per language", () => {
    expect(formatNumber("da", 8620)).toBe("8.620");
    expect(formatNumber("en", 8620)).toBe("8,620");
    expect(formatNumber("da", 12.5, 1)).toBe("12,5");
    expect(formatPercent("da", 0.25)).toBe("25\u00a0%");
    expect(formatPercent("en", 0.25)).toBe("25%");
  });

  it("formats instants in Copenhagen time whatever the process time zone", () => {
    const previous = process.env.TZ;
    try {
      for (const tz of ["UTC", "America/New_York", "Asia/Tokyo"]) {
        process.env.TZ = tz;
        // 22:30 UTC on 14 June is 00:30 on 15 June in Copenhagen.
        expect(formatDateTime("da", "2026-06-14T22:30:00Z")).toBe("15. jun. 2026, 00.30");
        expect(formatDate("da", "2026-06-15")).toBe("15. jun. 2026");
      }
    } finally {
      process.env.TZ = previous;
    }
  });

  it("writes dates out in full for running text", () => {
    expect(formatDateLong("da", "2020-04-03")).toBe("3. april 2020");
    expect(formatDateLong("en", "2020-04-03")).toBe("3 April 2020");
    expect(formatDateTimeLong("da", "2026-06-14T22:30:00Z")).toBe("15. juni 2026 kl. 00.30");
    expect(formatDateTimeLong("en", "2026-06-14T22:30:00Z")).toBe("15 June 2026 at 00:30");
  });

  it("formats dates in Copenhagen time", () => {
    expect(formatDate("da", "2020-05-01")).toBe("1. maj 2020");
    expect(formatDate("en", "2020-05-01")).toBe("1 May 2020");
    expect(formatDate("da", "2026-12-31")).toBe("31. dec. 2026");
  });
});
