import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isDnsLabel, serviceNameProblem, tagNameProblem } from './names.ts';

test('tagNameProblem follows the control plane grammar', () => {
  for (const ok of ['tag:a', 'tag:server', 'tag:k8s-operator', 'tag:Web2']) assert.is(tagNameProblem(ok), undefined, ok);
  assert.match(tagNameProblem('tag:')!, /empty/);
  assert.match(tagNameProblem('tag:сервер')!, /start with an ASCII letter/);
  assert.match(tagNameProblem('tag:1web')!, /start with an ASCII letter/);
  assert.match(tagNameProblem('tag:-web')!, /start with an ASCII letter/);
  assert.match(tagNameProblem('tag:web_1')!, /only ASCII letters, digits and dashes/);
  assert.match(tagNameProblem('tag:web.prod')!, /only ASCII letters, digits and dashes/);
  assert.match(tagNameProblem('server')!, /"tag:"/);
});

test('isDnsLabel', () => {
  for (const ok of ['a', 'kube-api', 'A1', 'x'.repeat(63)]) assert.ok(isDnsLabel(ok), ok);
  for (const bad of ['', '-a', 'a-', 'a_b', 'a.b', 'x'.repeat(64), 'é']) assert.not.ok(isDnsLabel(bad), bad);
});

test('serviceNameProblem', () => {
  assert.is(serviceNameProblem('svc:kube-api'), undefined);
  assert.is(serviceNameProblem('svc:*', true), undefined);
  assert.match(serviceNameProblem('svc:*')!, /autoApprovers/);
  assert.match(serviceNameProblem('svc:')!, /nothing follows/);
  assert.match(serviceNameProblem('svc:kube_api')!, /DNS label/);
  assert.match(serviceNameProblem(`svc:${'x'.repeat(64)}`)!, /64 characters/);
});

test.run();
