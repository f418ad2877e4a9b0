/** Okabe–Ito: a palette that colour-blind readers can tell apart. Health has fixed colours and its words. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];
export const HEALTH_COLOURS: Record<string, string> = { green: "#009E73", amber: "#E69F00", red: "#D55E00" };
export const DASHES = ["", "6 3", "2 2", "8 3 2 3", "1 3", "10 4"];

export type ChartKind = "bars" | "stacked" | "lines";
