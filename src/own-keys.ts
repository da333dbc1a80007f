// The keys of a large JSON object, listed once per run. V8 keeps no key cache for an object with
// many properties (JSON.parse makes it a dictionary): every for-in or Object.keys collects and
// sorts all its keys again, 2 ms for the 14,000 tags of a 10 MB policy's tagOwners. The parse
// lists the keys of the objects on fixed paths (the root, its sections, autoApprovers.routes) as
// it checks for duplicate keys; the schema's validator and the policy model read the same lists.

/** Objects with fewer keys than this are listed anew each time (their lists are cheap). */
const LARGE = 32;
const lists = new WeakMap<object, readonly string[]>();

/** `Object.keys(object)`, the same list each time for a large object: modify neither. */
export function ownKeys(object: object): readonly string[] {
  let keys = lists.get(object);
  if (keys === undefined) {
    keys = Object.keys(object);
    if (keys.length >= LARGE) lists.set(object, keys);
  }
  return keys;
}
