// Grammar of the names a policy defines or refers to by prefix: tags (spec §1.5) and Tailscale
// Services (spec §1.6). Each check returns one human phrase saying what is wrong, or undefined.

/** Why the part of a `tag:` name after the prefix is not a valid tag name, or undefined. */
export function tagNameProblem(tag: string): string | undefined {
  if (!tag.startsWith('tag:')) return 'it does not start with "tag:"';
  const name = tag.slice(4);
  if (name === '') return 'the name after "tag:" is empty';
  if (!/^[A-Za-z]/.test(name)) return 'the name after "tag:" must start with an ASCII letter';
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) return 'tag names may contain only ASCII letters, digits and dashes';
  return undefined;
}

/** A DNS label: 1-63 ASCII letters, digits or dashes, starting and ending with a letter or digit. */
export function isDnsLabel(label: string): boolean {
  return label.length <= 63 && /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label);
}

/** Why `svc:<name>` is not a valid Service name, or undefined (`svc:*` only where `wildcard` allows it). */
export function serviceNameProblem(service: string, wildcard = false): string | undefined {
  if (!service.startsWith('svc:')) return 'it does not start with "svc:"';
  const name = service.slice(4);
  if (name === '*') return wildcard ? undefined : '"svc:*" (every Service) is only valid as an "autoApprovers.services" key';
  if (name === '') return 'nothing follows "svc:"';
  if (name.length > 63) return `its name has ${name.length} characters, and a DNS label has at most 63`;
  if (!isDnsLabel(name)) return 'its name must be a DNS label (letters, digits and dashes, starting and ending with a letter or digit)';
  return undefined;
}
