import { createContext, useContext } from "react";

const NonceContext = createContext<string | undefined>(undefined);

export const NonceProvider = NonceContext.Provider;

/** The per-request CSP nonce; inline scripts rendered without it are blocked by the browser. */
export function useNonce() {
  return useContext(NonceContext);
}
