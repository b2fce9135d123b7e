/** Known news agencies, as datelines credit them. */
const AGENCIES =
  /^(AP|dpa|AFP|Reuters|KNA|epd|APA|SDA|BTA|БТА|Фокус|БГНЕС|BGNES|TASS|ТАСС|РИА Новости|Xinhua|ANSA|EFE|PAP|ČTK|MTI|UPI|TT|NTB|ANP|Belga|Kyodo|Yonhap|CP|AAP|PA)$/i;

/**
 * "WASHINGTON (AP) _ …", "Berlin (dpa) - …", "София (БТА) – …": the dateline and the agency that
 * the lead opens with. Without a dash after the parenthesis only a known agency counts, so that
 * "Merkel (CDU) sagte …" is not read as a dateline. Free text (`knownAgencyOnly`) takes only a
 * known agency even after a dash: "Премиерът (ГЕРБ) – …" is a party, not a dateline. Failing
 * those, in every mode, a place and a date with no agency ("МОСКВА, 27 ноября. …"): the place.
 */
export function datelineOf(
  lead: string,
  { knownAgencyOnly = false }: { knownAgencyOnly?: boolean } = {},
): { dateline: string; source: string | null } | null {
  return datelineWithAgency(lead, knownAgencyOnly) ?? placeAndDate(lead);
}

/** Month names and their short forms as datelines write them, in the desk's languages. */
const MONTH = String.raw`(?:януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;

/**
 * "МОСКВА, 27 ноября. …", "Пловдив, 28 ноември - …", "LONDON, Nov. 27 — …": a place and a
 * date, with no agency named — the place. Only a month's name makes it a date: "Иванов, 45
 * години, …" is no dateline.
 */
function placeAndDate(lead: string): { dateline: string; source: null } | null {
  const match = PLACE_AND_DATE.exec(lead);
  if (!match || NOT_A_PLACE.test(match[1]!.trim())) return null;
  return { dateline: match[1]!.trim(), source: null };
}

/** Days and words of time that open a lead before its date as a place would: no place. */
const NOT_A_PLACE =
  /^(?:(?:в|във|on|in|на)\s+)?(?:понеделник|вторник|сряда|четвъртък|петък|събота|неделя|днес|вчера|утре|понедельник|среда|четверг|пятница|суббота|воскресенье|сегодня|завтра|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)$/iu;

const PLACE_AND_DATE = new RegExp(
  String.raw`^([\p{Lu}][\p{L}\p{M}.'’ -]{0,38}?),\s*(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2})(?:,?\s+\d{4}(?:\s*г\.)?)?\s*[.\-–—:]\s`,
  'u',
);

function datelineWithAgency(
  lead: string,
  knownAgencyOnly: boolean,
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
