/** The words of ../compare.ts that only the server writes (downloads, audit descriptions, import findings): never sent to the browser. */
export const da = {
  "compare.progressOf.one": "gennemsnit af {count} indikator",
  "compare.progressOf.other": "gennemsnit af {count} indikatorer",
  "compare.progressOfSome.one": "gennemsnit af {count} indikator med tal, af {total} i alt",
  "compare.progressOfSome.other": "gennemsnit af {count} indikatorer med tal, af {total} i alt",
} as const;
