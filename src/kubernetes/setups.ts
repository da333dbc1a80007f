// Kubernetes API-server proxy setups: what a declaration in the config (or `--kubernetes`)
// means, with Tailscale's and CoreWeave's defaults filled in, and what can be inferred from a
// policy that declares nothing (spec §5).

import { UsageError } from '../errors.ts';
import { didYouMean } from '../policy/did-you-mean.ts';
import { isObject, type JsonObject } from '../policy/members.ts';

export type ProxyKind = 'cks' | 'operator' | 'proxygroup';
export type CksAuth = 'tailscale-managed' | 'coreweave-managed' | 'direct';
export type ProxyMode = 'auth' | 'noauth';

export const PROXY_KINDS: readonly ProxyKind[] = ['cks', 'operator', 'proxygroup'];
export const CKS_AUTH_PORTS: Readonly<Record<CksAuth, number>> = { 'tailscale-managed': 443, 'coreweave-managed': 9443, direct: 6443 };
export const MODES: readonly ProxyMode[] = ['auth', 'noauth'];

export const DEFAULT_TAGS = { cks: 'tag:coreweave', operator: 'tag:k8s-operator', proxygroup: 'tag:k8s' } as const;
export const MASTERS = 'system:masters';

export interface Setup {
  name: string;
  proxy: ProxyKind;
  /** CKS only: the authentication modes in use. */
  auth: CksAuth[];
  /** Operator and ProxyGroup: auth (impersonation) or noauth. CKS: auth when Tailscale-managed. */
  mode: ProxyMode;
  /** The tag of the devices users connect to (CKS proxy, operator, or ProxyGroup). */
  proxyTag: string;
  /** Operator and ProxyGroup: the operator's own tag, which owns the proxy tags. */
  operatorTag: string | undefined;
  /** Tags the operator must own (spec §5.2, §5.3): the tag of the proxies it creates
   * (`proxyTag` of an operator declaration, default `tag:k8s`) or the ProxyGroup's tag. */
  operatorOwned: string[];
  /** Ports users need on the proxy (tcp). */
  ports: number[];
  /** Who must reach the proxy; empty for inferred setups that found nobody. */
  users: string[];
  /** True when the declaration lists `users`: then anyone else reaching the proxy is reported. */
  usersListed: boolean;
  /** Who may hold admin groups; undefined means "not declared". */
  admins: string[] | undefined;
  adminGroups: string[];
  recorder: { tag: string; enforce: boolean } | undefined;
  /** The Tailscale Service name, when declared (`svc:…`). */
  service: string | undefined;
  /** True when guessed from the policy: reports are warnings, and say how to declare it. */
  inferred: boolean;
  /** Where the declaration is, for messages: `kubernetes[0]` or `--kubernetes cks`. */
  source: string;
}

export interface DeclarationProblem {
  message: string;
  /** Path inside the `kubernetes` array of the config. */
  path: (string | number)[];
}

const KEYS = ['name', 'proxy', 'auth', 'mode', 'tag', 'proxyTag', 'operatorTag', 'users', 'admins', 'adminGroups', 'recorder', 'service'];
const RECORDER_KEYS = ['tag', 'enforce'];
const TAG = /^tag:[A-Za-z][A-Za-z0-9-]*$/;

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Checks one declaration; problems are reported with paths so the config loader can place them. */
export function checkDeclaration(raw: unknown, index: number): DeclarationProblem[] {
  const at = (...rest: (string | number)[]) => [index, ...rest];
  if (!isObject(raw)) return [{ message: 'Each "kubernetes" entry must be an object such as {"proxy": "cks"}', path: at() }];
  const problems: DeclarationProblem[] = [];
  const problem = (message: string, ...rest: (string | number)[]) => problems.push({ message, path: at(...rest) });
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key)) problem(`Unknown key ${JSON.stringify(key)} in a "kubernetes" entry${didYouMean(key, KEYS)}`, key);
  }
  const proxy = raw.proxy;
  if (typeof proxy !== 'string' || !PROXY_KINDS.includes(proxy as ProxyKind)) {
    problem(`"proxy" must be one of "cks", "operator" or "proxygroup", not ${JSON.stringify(proxy ?? null)}${typeof proxy === 'string' ? didYouMean(proxy, PROXY_KINDS) : ''}`, 'proxy');
    return problems;
  }
  if (raw.auth !== undefined) {
    if (proxy !== 'cks') problem('"auth" applies only to "proxy": "cks"; use "mode" for the operator and ProxyGroups', 'auth');
    else if (!stringList(raw.auth) || raw.auth.length === 0) problem('"auth" must be a non-empty array of "tailscale-managed", "coreweave-managed" or "direct"', 'auth');
    else {
      raw.auth.forEach((a, i) => {
        if (!(a in CKS_AUTH_PORTS)) problem(`Unknown CKS auth mode ${JSON.stringify(a)}; expected "tailscale-managed", "coreweave-managed" or "direct"${didYouMean(a, Object.keys(CKS_AUTH_PORTS))}`, 'auth', i);
      });
    }
  }
  if (raw.mode !== undefined) {
    if (proxy === 'cks') problem('"mode" applies to the operator and ProxyGroups; CKS uses "auth"', 'mode');
    else if (typeof raw.mode !== 'string' || !MODES.includes(raw.mode as ProxyMode)) problem(`"mode" must be "auth" or "noauth", not ${JSON.stringify(raw.mode)}`, 'mode');
  }
  for (const key of ['tag', 'proxyTag', 'operatorTag']) {
    const value = raw[key];
    if (value !== undefined && (typeof value !== 'string' || !TAG.test(value))) {
      problem(`${JSON.stringify(key)} must be a tag such as "tag:k8s", not ${JSON.stringify(value)}`, key);
    }
  }
  if (proxy === 'cks') {
    for (const key of ['proxyTag', 'operatorTag']) if (raw[key] !== undefined) problem(`${JSON.stringify(key)} does not apply to "proxy": "cks"; the CKS proxy's tag is "tag" (default "tag:coreweave")`, key);
  }
  if (proxy === 'operator' && typeof raw.tag === 'string' && typeof raw.operatorTag === 'string' && raw.tag !== raw.operatorTag) {
    problem('"tag" and "operatorTag" differ; the operator\'s API-server proxy runs on the operator\'s own device, so give only "operatorTag"', 'tag');
  }
  if (proxy === 'proxygroup' && typeof raw.tag === 'string' && typeof raw.proxyTag === 'string' && raw.tag !== raw.proxyTag) {
    problem('"tag" and "proxyTag" differ; give only "proxyTag", the ProxyGroup\'s tag', 'tag');
  }
  for (const key of ['users', 'admins', 'adminGroups']) {
    if (raw[key] !== undefined && !stringList(raw[key])) problem(`${JSON.stringify(key)} must be an array of strings`, key);
  }
  if (raw.recorder !== undefined) {
    const recorder = raw.recorder;
    if (!isObject(recorder) || typeof recorder.tag !== 'string' || !TAG.test(recorder.tag)) {
      problem('"recorder" must be {"tag": "tag:…", "enforce": true|false}', 'recorder');
    } else {
      for (const key of Object.keys(recorder)) {
        if (!RECORDER_KEYS.includes(key)) problem(`Unknown key ${JSON.stringify(key)} in "recorder"; expected "tag" and "enforce"${didYouMean(key, RECORDER_KEYS)}`, 'recorder', key);
      }
      if (recorder.enforce !== undefined && typeof recorder.enforce !== 'boolean') problem('"recorder.enforce" must be true or false', 'recorder', 'enforce');
    }
  }
  if (raw.service !== undefined && (typeof raw.service !== 'string' || !raw.service.startsWith('svc:'))) problem('"service" must be a Tailscale Service name such as "svc:my-cluster"', 'service');
  if (raw.name !== undefined && typeof raw.name !== 'string') problem('"name" must be a string', 'name');
  return problems;
}

/** A checked declaration with the defaults filled in. */
export function toSetup(raw: JsonObject, source: string, index = 0): Setup {
  const proxy = raw.proxy as ProxyKind;
  const auth = proxy === 'cks' ? ((raw.auth as CksAuth[] | undefined) ?? ['tailscale-managed']) : [];
  const mode: ProxyMode = proxy === 'cks' ? (auth.includes('tailscale-managed') ? 'auth' : 'noauth') : ((raw.mode as ProxyMode | undefined) ?? 'auth');
  // The operator's in-process proxy runs on the operator's own device: `tag` and `operatorTag` name the same tag.
  const operatorTag = proxy === 'cks' ? undefined : ((raw.operatorTag as string | undefined) ?? (proxy === 'operator' ? (raw.tag as string | undefined) : undefined) ?? DEFAULT_TAGS.operator);
  const proxyTag =
    proxy === 'cks'
      ? ((raw.tag as string | undefined) ?? DEFAULT_TAGS.cks)
      : proxy === 'operator'
        ? operatorTag!
        : ((raw.proxyTag as string | undefined) ?? (raw.tag as string | undefined) ?? DEFAULT_TAGS.proxygroup);
  const created = proxy === 'operator' ? ((raw.proxyTag as string | undefined) ?? DEFAULT_TAGS.proxygroup) : proxyTag;
  const operatorOwned = operatorTag !== undefined && created !== operatorTag ? [created] : [];
  const ports = proxy === 'cks' ? [...new Set(auth.map((a) => CKS_AUTH_PORTS[a]))] : proxy === 'operator' ? [443] : [80, 443];
  const recorder = isObject(raw.recorder) ? { tag: raw.recorder.tag as string, enforce: raw.recorder.enforce === true } : undefined;
  return {
    name: typeof raw.name === 'string' ? raw.name : `${proxy}${index > 0 ? `-${index + 1}` : ''}`,
    proxy,
    auth,
    mode,
    proxyTag,
    operatorTag,
    operatorOwned,
    ports,
    users: (raw.users as string[] | undefined) ?? [],
    usersListed: raw.users !== undefined,
    admins: raw.admins as string[] | undefined,
    // system:masters is always an admin group; a declaration adds its own (cluster-admin bindings, say).
    adminGroups: [...new Set([MASTERS, ...((raw.adminGroups as string[] | undefined) ?? [])])],
    recorder,
    service: raw.service as string | undefined,
    inferred: false,
    source,
  };
}

/** `--kubernetes` flags → the declarations that replace a config's, each naming its flag. */
export function declarationsFromFlags(flags: readonly string[]): { declaration: JsonObject; source: string }[] {
  return flags.map((flag) => {
    const { declaration, problem } = parseKubernetesFlag(flag);
    if (problem) throw new UsageError(problem);
    return { declaration: declaration!, source: `--kubernetes ${flag}` };
  });
}

/** `cks`, `cks:coreweave-managed`, `operator:noauth`, `proxygroup` → a raw declaration. */
export function parseKubernetesFlag(flag: string): { declaration?: JsonObject; problem?: string } {
  const colon = flag.indexOf(':');
  const proxy = colon < 0 ? flag : flag.slice(0, colon);
  const option = colon < 0 ? undefined : flag.slice(colon + 1);
  if (!PROXY_KINDS.includes(proxy as ProxyKind)) {
    return { problem: `--kubernetes ${flag}: unknown proxy ${JSON.stringify(proxy)}; expected cks, operator or proxygroup${didYouMean(proxy, PROXY_KINDS)}` };
  }
  const declaration: JsonObject = { proxy };
  if (option !== undefined) {
    if (proxy === 'cks') {
      const modes = option.split('+');
      const unknown = modes.find((m) => !(m in CKS_AUTH_PORTS));
      if (unknown !== undefined) return { problem: `--kubernetes ${flag}: unknown CKS auth mode ${JSON.stringify(unknown)}; expected tailscale-managed, coreweave-managed or direct` };
      declaration.auth = modes;
    } else {
      if (!MODES.includes(option as ProxyMode)) return { problem: `--kubernetes ${flag}: unknown mode ${JSON.stringify(option)}; expected auth or noauth` };
      declaration.mode = option;
    }
  }
  return { declaration };
}
