/**
 * The names of an application form's amount fields, one a year (`amount-2027`): shared by the form's schema
 * (app/forms/funding.server.ts) and the page that draws and fills the form, so plain code, no zod.
 */
export const amountField = (year: number) => `amount-${year}`;

/** An amount field's name, with its year. */
export const AMOUNT_FIELD = /^amount-(\d{4})$/;
