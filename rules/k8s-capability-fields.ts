import { defineRule, type JsonPath } from '../src/engine/rule.ts';
import { KUBERNETES_CAP, kubernetesGrants } from '../src/kubernetes/reach.ts';
import { closest, didYouMean } from '../src/policy/did-you-mean.ts';
import { isObject } from '../src/policy/members.ts';
import { modelOf } from '../src/policy/policy-model.ts';

/** A capability value: its path is built only to report. */
interface Located {
  readonly path: JsonPath;
}

const FIELDS = ['impersonate', 'recorder', 'enforceRecorder', 'enableEvents'];
const IMPERSONATE_FIELDS = ['groups'];
/** Filled in by the control plane from `recorder`; never written by hand. */
const RECORDER_ADDRS = 'recorderaddrs';
const CAP = JSON.stringify(KUBERNETES_CAP);

function canonical(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  return known.find((k) => k.toLowerCase() === lower);
}

// Tailscale passes capability values to the proxy without looking inside, and the proxy decodes
// them with Go's encoding/json, which ignores unknown fields: a misspelt field is accepted
// everywhere and then does nothing (spec §4). Names match without regard to case, as Go does.
export default defineRule({
  id: 'k8s-capability-fields',
  description: 'Values of the "tailscale.com/cap/kubernetes" capability must use only the fields the proxy reads, with the right types',
  severity: 'error',
  fixable: true,
  hasSuggestions: true,
  check({ policy, report }) {
    const model = modelOf(policy);

    const rename = (path: JsonPath, from: string, to: string) => ({
      suggestions: [{ description: `Rename ${JSON.stringify(from)} to ${JSON.stringify(to)}`, ops: [{ op: 'rename-key' as const, path, newKey: to }] }],
    });

    for (const grant of kubernetesGrants(model)) {
      if (grant.legacyName) {
        const clash = grant.otherCaps.includes(KUBERNETES_CAP);
        report({
          path: grant.capPath,
          on: 'key',
          message: `${JSON.stringify(grant.capKey)} is the legacy name of the Kubernetes capability, and the control plane rejects capability names with a scheme; ${clash ? `move its values into the ${CAP} entry of this grant` : `rename it to ${CAP}`}`,
          ...(clash ? {} : { fix: { description: `Rename to ${CAP}`, ops: [{ op: 'rename-key', path: grant.capPath, newKey: KUBERNETES_CAP }] } }),
        });
      }

      for (const capability of grant.values) {
        const value = capability.value;
        if (!isObject(value)) continue; // the schema rule asks for objects
        const keys = Object.keys(value);
        for (const key of keys) {
          const field = canonical(key, FIELDS);
          const fieldValue = value[key];
          if (field === 'impersonate') {
            checkImpersonate(fieldValue, capability, key);
            continue;
          }
          if (field === 'recorder') {
            checkRecorder(fieldValue, capability, key);
            continue;
          }
          if (field !== undefined && typeof fieldValue === 'boolean') continue;
          // Built only to report: a large policy has many capability values.
          const at = [...capability.path, key];
          if (field === undefined) {
            if (key.toLowerCase() === RECORDER_ADDRS) {
              report({
                path: at,
                on: 'key',
                message: `${JSON.stringify(key)} is filled in by the control plane from "recorder" and is not written by hand; remove it and name the recorder's tag in "recorder"`,
                suggestions: [{ description: `Remove ${JSON.stringify(key)}`, ops: [{ op: 'remove', path: at }] }],
              });
              continue;
            }
            const near = closest(key, FIELDS);
            const free = near !== undefined && !keys.some((k) => k.toLowerCase() === near.toLowerCase());
            report({
              path: at,
              on: 'key',
              message: `Unknown field ${JSON.stringify(key)} in a ${CAP} value is silently ignored by Tailscale; the proxy reads only "impersonate", "recorder", "enforceRecorder" and "enableEvents"${didYouMean(key, FIELDS)}`,
              ...(free ? rename(at, key, near) : {}),
            });
            continue;
          }
          // A known flag that is not a boolean.
          const text = typeof fieldValue === 'string' ? fieldValue.trim().toLowerCase() : undefined;
          const intended = text === 'true' ? true : text === 'false' ? false : undefined;
          report({
            path: at,
            message: `${JSON.stringify(key)} must be true or false, not ${JSON.stringify(fieldValue)}; the proxy cannot read this capability value at all otherwise`,
            ...(intended === undefined ? {} : { suggestions: [{ description: `Write ${intended}`, ops: [{ op: 'replace-value' as const, path: at, value: intended }] }] }),
          });
        }
      }
    }

    function checkImpersonate(impersonate: unknown, capability: Located, field: string): void {
      const at = (): JsonPath => [...capability.path, field];
      if (!isObject(impersonate)) {
        report({ path: at(), message: `"impersonate" must be an object such as {"groups": ["system:masters"]}, not ${describe(impersonate)}` });
        return;
      }
      const keys = Object.keys(impersonate);
      for (const key of keys) {
        const inner = (): JsonPath => [...at(), key];
        if (canonical(key, IMPERSONATE_FIELDS) === undefined) {
          const free = closest(key, IMPERSONATE_FIELDS) !== undefined && !keys.some((k) => k.toLowerCase() === 'groups');
          report({
            path: inner(),
            on: 'key',
            message: `Unknown field ${JSON.stringify(key)} in "impersonate" is silently ignored by Tailscale; only "groups" is read (the user is always the caller's own identity)${didYouMean(key, IMPERSONATE_FIELDS)}`,
            ...(free ? rename(inner(), key, 'groups') : {}),
          });
          continue;
        }
        const groups = impersonate[key];
        if (!Array.isArray(groups)) {
          report({ path: inner(), message: `"groups" must be an array of Kubernetes group names such as ["system:masters"], not ${describe(groups)}` });
          continue;
        }
        groups.forEach((group, i) => {
          if (typeof group !== 'string') report({ path: [...inner(), i], message: `Kubernetes group names are strings, not ${describe(group)}; quote it or remove it` });
        });
      }
    }

    function checkRecorder(recorder: unknown, capability: Located, field: string): void {
      const at = (): JsonPath => [...capability.path, field];
      if (!Array.isArray(recorder)) {
        report({ path: at(), message: `"recorder" must be an array holding one recorder tag, such as ["tag:tsrecorder"], not ${describe(recorder)}` });
        return;
      }
      recorder.forEach((tag, i) => {
        const path = (): JsonPath => [...at(), i];
        if (i > 0) {
          report({ path: path(), message: `"recorder" lists more than one tag and only one is supported; keep one recorder tag` });
          return;
        }
        if (typeof tag !== 'string' || !tag.trim().startsWith('tag:')) {
          report({ path: path(), message: `"recorder" names the recorder by its tag, such as "tag:tsrecorder", not ${describe(tag)}` });
          return;
        }
        const name = tag.trim();
        if (!model.tags.has(name)) {
          report({ path: path(), message: `Recorder tag ${JSON.stringify(name)} is not defined in "tagOwners", so no recorder is found; add it there or fix the name${didYouMean(name, [...model.tags.keys()])}` });
        }
      });
    }
  },
});

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}
