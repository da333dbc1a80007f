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
  if (Object.hasOwn(object, name)) return { key: name, value: object[name] };
  const lower = name.toLowerCase();
  const length = lower.length;
  for (const key of Object.keys(object)) {
    // Lowercasing keeps the length except for "\u0130" (two code units), so other lengths never match.
    if (key.length !== length && !(key.length < length && key.includes('\u0130'))) continue;
    if (key.toLowerCase() === lower) return { key, value: object[key] };
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
