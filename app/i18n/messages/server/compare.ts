/**
 * The comparison's progress titles, which its loader translates. Never sent to the browser (decision 018).
 */
export const da = {
  "compare.progressOf.one": "gennemsnit af {count} indikator",
  "compare.progressOf.other": "gennemsnit af {count} indikatorer",
  "compare.progressOfSome.one": "gennemsnit af {count} indikator med tal, af {total} i alt",
  "compare.progressOfSome.other": "gennemsnit af {count} indikatorer med tal, af {total} i alt",
} as const;
