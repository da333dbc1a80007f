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
  const lower = name.toLowerCase();
  const length = lower.length;
  for (const key in object) {
    // Lowercasing keeps the length except for "\u0130" (two code units), so other lengths never match.
    if (key.length !== length && !(key.length < length && key.includes('\u0130'))) continue;
    // Own keys only, as Object.keys would give (for-in also walks a polluted prototype).
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
