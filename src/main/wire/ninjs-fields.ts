/**
 * Reading ninjs JSON without trusting its shape: every value is `unknown` until a guard here has
 * looked at it. ninjs renamed its fields twice (1.x flat snake_case, 2.x arrays, 3.x camelCase),
 * so readers take several spellings, the detected version's first.
 */

export type JsonObject = Record<string, unknown>;

export type NinjsVersion = 1 | 2 | 3;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of `keys` holding a non-blank string (numbers are read as strings: "version": 2). */
export function str(item: JsonObject, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = item[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

/** The objects in the first of `keys` that holds an array, or an object map (1.x associations). */
export function objects(item: JsonObject, ...keys: string[]): JsonObject[] {
  for (const key of keys) {
    const value = item[key];
    if (Array.isArray(value)) return value.filter(isObject);
    if (isObject(value))
      return Object.entries(value)
        .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
        .map(([name, child]) => ({ name, ...child }));
  }
  return [];
}

/** `name` of an object, or the string itself: 2.x writes `"infosources": [{"name": "AFP"}]`. */
export function names(item: JsonObject, ...keys: string[]): string[] {
  for (const key of keys) {
    const value = item[key];
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    const found = list
      .map((entry) =>
        typeof entry === 'string' ? entry : isObject(entry) ? str(entry, 'name') : null,
      )
      .filter((name): name is string => name !== null && name.trim() !== '');
    if (found.length > 0) return found;
  }
  return [];
}

const CAMEL_KEYS = [
  'versionCreated',
  'firstCreated',
  'contentCreated',
  'embargoedUntil',
  'pubStatus',
  'infoSources',
  'copyrightHolder',
  'copyrightNotice',
  'altIds',
  'representationType',
  'ninjsVersion',
];

/** The ninjs generation of one item, from what it declares, else from the spelling it uses. */
export function ninjsVersion(item: JsonObject): NinjsVersion {
  const declared = str(item, 'ninjsVersion', '$schema');
  const number = declared ? /(?:^|[^\d])([123])(?:[._]\d+)*(?:\.json)?\s*$/.exec(declared) : null;
  if (number) return Number(number[1]) as NinjsVersion;
  if (CAMEL_KEYS.some((key) => key in item)) return 3;
  if (['headlines', 'bodies', 'descriptions'].some((key) => Array.isArray(item[key]))) return 2;
  return 1;
}

const TEXT_KEYS = [
  'headline',
  'headlines',
  'body_text',
  'body_html',
  'body_xhtml',
  'bodies',
  'versioncreated',
  'versionCreated',
  'firstcreated',
  'firstCreated',
  'pubstatus',
  'pubStatus',
  'type',
];

/** A ninjs item has a URI (required in every version) or names the ninjs schema. */
export function isNinjsItem(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  const schema = str(value, '$schema', 'ninjsVersion');
  if (schema && /ninjs|^\d+(\.\d+)*$/i.test(schema)) return true;
  return typeof value.uri === 'string' && TEXT_KEYS.some((key) => key in value);
}

export interface Valued {
  role: string;
  contentType: string;
  value: string;
}

/** headlines[] / descriptions[] / bodies[] entries: role, content type and value. */
export function valued(item: JsonObject, key: string): Valued[] {
  return objects(item, key)
    .map((entry) => ({
      role: (str(entry, 'role') ?? '').toLowerCase(),
      contentType: (str(entry, 'contentType', 'contenttype') ?? '').toLowerCase(),
      value: str(entry, 'value') ?? '',
    }))
    .filter((entry) => entry.value.trim() !== '');
}

/** Main / default / role-less entries first: that is the headline or body a reader expects. */
export function byRole(entries: Valued[], ...preferred: string[]): Valued | null {
  for (const role of [...preferred, '']) {
    const found = entries.find((entry) => entry.role === role);
    if (found) return found;
  }
  return entries[0] ?? null;
}

export function isHtml(entry: Valued): boolean {
  return /html|xhtml/.test(entry.contentType) || /^(html|xhtml|html5|richhtml)/.test(entry.role);
}
