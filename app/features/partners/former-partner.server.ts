// A partner who deleted their account stays in the city's records under one pseudonym (decision 0015). The stored
// name is the Japanese one, so every list, export and mail that reads the column shows it; pages translate it.
import type { Language } from "~/kernel/i18n/config.ts";
import { translator } from "~/kernel/i18n/translator.server.ts";

export const FORMER_PARTNER_NAME = "退会したパートナー";

/** The partner's name in this language: the pseudonym is translated, any other name is shown as typed. */
export function shownPartnerName(name: string, language: Language): string {
  return name === FORMER_PARTNER_NAME ? translator(language)("partners.formerPartner") : name;
}
