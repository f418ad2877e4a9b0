import { createContext, useContext } from "react";

const NonceContext = createContext<string>("");

export const NonceProvider = NonceContext.Provider;

/** The per-request CSP nonce, for `<Scripts>` and `<ScrollRestoration>`; empty in the browser, as it should be. */
export function useNonce(): string {
  return useContext(NonceContext);
}
