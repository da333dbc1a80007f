// Tailscale matches policy keys case-insensitively (`ACLs`, `TagOwners` work), so rules look
// members up through these helpers and get back the spelling the file uses.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface Member {
  /** The key as written in the file. */
  key: string;
  value: unknown;
}

/** The first member whose key equals `name` ignoring case (an exact match wins). */
export function findMember(object: JsonObject, name: string): Member | undefined {
  const key = memberKey(object, name);
  return key === undefined ? undefined : { key, value: object[key] };
}

/** The key, as written, of findMember's member (no object built: hot loops read `object[key]`). */
export function memberKey(object: JsonObject, name: string): string | undefined {
  if (Object.hasOwn(object, name)) return name;
  if (!isAscii(name)) return memberKeyByLowerCase(object, name);
  // Rules ask for absent members all the time (`users`, `srcPosture`, …): compare in place,
  // without a lower-case copy of the name or of each key.
  const length = name.length;
  for (const key in object) {
    if (key.length !== length) {
      // Only "\u0130" lowercases to two code units: a key holding it may be shorter than its match.
      if (key.length > length || !key.includes('\u0130') || key.toLowerCase() !== name.toLowerCase()) continue;
    } else if (!sameIgnoringCase(key, name)) continue;
    // Own keys only, as Object.keys would give (for-in also walks a polluted prototype).
    if (Object.hasOwn(object, key)) return key;
  }
  return undefined;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** `key.toLowerCase() === ascii.toLowerCase()` for two strings of one length, copying nothing unless `key` is not ASCII. */
function sameIgnoringCase(key: string, ascii: string): boolean {
  for (let i = 0; i < key.length; i++) {
    let a = key.charCodeAt(i);
    let b = ascii.charCodeAt(i);
    if (a === b) continue;
    // Some other characters lowercase to ASCII (the Kelvin sign to "k"): compare as the platform does.
    if (a > 127) return key.toLowerCase() === ascii.toLowerCase();
    if (a >= 65 && a <= 90) a += 32;
    if (b >= 65 && b <= 90) b += 32;
    if (a !== b) return false;
  }
  return true;
}

/** memberKey for any name: lower-case copies, compared whole. */
function memberKeyByLowerCase(object: JsonObject, name: string): string | undefined {
  const lower = name.toLowerCase();
  const length = lower.length;
  for (const key in object) {
    if (key.length !== length && !(key.length < length && key.includes('\u0130'))) continue;
    if (key.toLowerCase() === lower && Object.hasOwn(object, key)) return key;
  }
  return undefined;
}

/** Elements of the array member `name`, with their index, or nothing if it is not an array. */
export function* arrayMember(object: JsonObject, name: string): Generator<{ key: string; index: number; value: unknown }> {
  const member = findMember(object, name);
  if (!member || !Array.isArray(member.value)) return;
  for (let index = 0; index < member.value.length; index++) {
    yield { key: member.key, index, value: member.value[index] };
  }
}
