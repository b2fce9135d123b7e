/** Known news agencies, as datelines credit them. */
const AGENCIES =
  /^(AP|dpa|AFP|Reuters|KNA|epd|APA|SDA|BTA|БТА|TASS|ТАСС|РИА Новости|Xinhua|ANSA|EFE|PAP|ČTK|MTI|UPI|TT|NTB|ANP|Belga|Kyodo|Yonhap|CP|AAP|PA)$/i;

/**
 * "WASHINGTON (AP) _ …", "Berlin (dpa) - …", "София (БТА) – …": the dateline and the agency that
 * the lead opens with. Without a dash after the parenthesis only a known agency counts, so that
 * "Merkel (CDU) sagte …" is not read as a dateline. Free text (`knownAgencyOnly`) takes only a
 * known agency even after a dash: "Премиерът (ГЕРБ) – …" is a party, not a dateline.
 */
export function datelineOf(
  lead: string,
  { knownAgencyOnly = false }: { knownAgencyOnly?: boolean } = {},
): { dateline: string; source: string } | null {
  // BTA and TASS put the agency between slashes: "МОСКВА, 10 сентября. /ТАСС/.",
  // "София, 10 септември /БТА/ -"; the dateline is the place before the comma.
  const slashed =
    /^([\p{Lu}][\p{L}\p{M}.' -]{0,38}?),\s*[^/\n]{1,30}?\s*\/([^/\n]{2,24})\/\s*[.\-–—]?/u.exec(
      lead,
    );
  if (slashed && AGENCIES.test(slashed[2]!.trim()))
    return { dateline: slashed[1]!.trim(), source: slashed[2]!.trim() };
  const match =
    /^([\p{Lu}][\p{L}\p{M}.'’/ -]{0,38}?(?:,\s*[^()\n]{1,30}?)?)\s*\(([^()\n]{2,24})\)\s*([-–—_:])?/u.exec(
      lead,
    );
  if (!match) return null;
  const [, place, agency, dash] = match;
  if ((knownAgencyOnly || !dash) && !AGENCIES.test(agency!.trim())) return null;
  return { dateline: place!.trim(), source: agency!.trim() };
}
