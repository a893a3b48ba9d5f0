import { createHash, hash } from 'node:crypto';
import { deepFreeze } from './shared';
import { flat } from './flat-string';
import type { Container, Pod, Volume } from './types';
import { SAFE_ALPHABET } from '../clock/random';

/**
 * The ServiceAccount admission plugin (plugin/pkg/admission/serviceaccount, v1.32), the parts a
 * simulated cluster can show: on pod create it names the service account ("default" unless the
 * pod says otherwise) and, unless automountServiceAccountToken is false, mounts the bound token
 * volume `kube-api-access-<5 characters>` — a projected volume with the token, the cluster's CA
 * bundle (the kube-root-ca.crt ConfigMap of the namespace) and the namespace name — read-only at
 * /var/run/secrets/kubernetes.io/serviceaccount in every init container and container that has
 * nothing mounted there yet. Ephemeral containers are never given the mount (they are added
 * through a subresource update, which the plugin does not mutate).
 *
 * ServiceAccount objects are not modelled: every name exists and none opts out of automounting,
 * so only the pod's own automountServiceAccountToken decides.
 */

/** Where the token volume is mounted (DefaultAPITokenMountPath). */
export const SERVICE_ACCOUNT_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
/** The token volume's name prefix (ServiceAccountVolumeName + "-"). */
export const SERVICE_ACCOUNT_VOLUME_PREFIX = 'kube-api-access-';
/** The ConfigMap the root-ca-cert-publisher keeps in every namespace, and its key. */
export const ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';
export const ROOT_CA_KEY = 'ca.crt';
/** serviceaccount.WarnOnlyBoundTokenExpirationSeconds: one hour and seven seconds. */
export const TOKEN_EXPIRATION_SECONDS = 3607;

/**
 * `kube-api-access-` and five characters of the safe alphabet. Upstream draws them at random
 * (names.SimpleNameGenerator); here they are a hash of `seed` — the pod's uid — so that naming
 * the volume takes nothing from the seeded generator that pod names and uids come from (a draw
 * there would shift every later name a scenario pins), and a pod keeps the volume name kubespec
 * has always printed for it.
 */
export function serviceAccountVolumeName(seed: string): string {
  // crypto.hash: one call, no Hash object per pod.
  const digest = hash('sha256', seed, 'buffer');
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += SAFE_ALPHABET[digest[i] % SAFE_ALPHABET.length];
  return flat(`${SERVICE_ACCOUNT_VOLUME_PREFIX}${suffix}`);
}

/** TokenVolumeSource: token, CA bundle, namespace; defaultMode set explicitly (0644). */
export function tokenVolume(name: string): Volume {
  return { name, projected: TOKEN_PROJECTION };
}

/** The projection is the same for every pod: one frozen copy (model/shared.ts). */
const TOKEN_PROJECTION: NonNullable<Volume['projected']> = deepFreeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: TOKEN_EXPIRATION_SECONDS, path: 'token' } },
    { configMap: { name: ROOT_CA_CONFIGMAP, items: [{ key: ROOT_CA_KEY, path: ROOT_CA_KEY }] } },
    { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
  ],
});

/**
 * The service account a pod runs as, as the API stores it: `serviceAccountName` (the deprecated
 * `serviceAccount` stands in when only it is given; "default" when neither is), mirrored into
 * `serviceAccount` as the v1 conversion does.
 */
export function defaultServiceAccountName(pod: Pod): void {
  const spec = (pod.spec ??= { containers: [] });
  if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  if (!spec.serviceAccountName) spec.serviceAccountName = 'default';
  spec.serviceAccount = spec.serviceAccountName;
}

/**
 * mountServiceAccountToken, applied to a pod being created (mutates it). `volumeName` names the
 * volume when the pod has no `kube-api-access-` volume of its own; an existing one is mounted
 * instead and no volume is added.
 */
export function mountServiceAccountToken(pod: Pod, volumeName: string): void {
  const spec = pod.spec;
  if (!spec || spec.automountServiceAccountToken === false) return;
  const existing = (spec.volumes ?? []).find((v) => v.name.startsWith(SERVICE_ACCOUNT_VOLUME_PREFIX));
  const name = existing?.name ?? volumeName;
  let mounted = false;
  const mount = (c: Container): void => {
    if ((c.volumeMounts ?? []).some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT_PATH)) return;
    c.volumeMounts = [...(c.volumeMounts ?? []), { name, readOnly: true, mountPath: SERVICE_ACCOUNT_MOUNT_PATH }];
    mounted = true;
  };
  // Init containers first, then containers, as the plugin walks them.
  for (const c of spec.initContainers ?? []) mount(c);
  for (const c of spec.containers ?? []) mount(c);
  if (mounted && !existing) spec.volumes = [...(spec.volumes ?? []), tokenVolume(name)];
}

/** The issuer and default audience of minikube's service account tokens. */
const TOKEN_ISSUER = 'https://kubernetes.default.svc.cluster.local';
/** --service-account-extend-token-expiration: admission-injected tokens live a year, warnafter the hour. */
const EXTENDED_EXPIRATION_SECONDS = 365 * 24 * 60 * 60;

/**
 * The token file of a `serviceAccountToken` projection, as the kubelet writes it: a JWT shaped
 * like the API server's (RS256, the bound pod and service account claims), issued when the pod
 * started. Made up but deterministic — a hash of the pod's uid stands in for the key id, the
 * token id and the signature — and no use for calling an API server.
 */
export function serviceAccountToken(pod: Pod, expirationSeconds: number, audience?: string): string {
  const uid = pod.metadata?.uid ?? '';
  const issued = Math.floor(Date.parse(pod.status?.startTime ?? pod.metadata?.creationTimestamp ?? '') / 1000) || 0;
  const extended = expirationSeconds === TOKEN_EXPIRATION_SECONDS;
  const namespace = pod.metadata?.namespace ?? 'default';
  const account = pod.spec?.serviceAccountName || 'default';
  const hex = (label: string, n: number) => createHash('sha256').update(`${label}/${uid}`).digest('hex').slice(0, n);
  const jti = hex('jti', 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
  const claims = {
    aud: [audience ?? TOKEN_ISSUER],
    exp: issued + (extended ? EXTENDED_EXPIRATION_SECONDS : expirationSeconds),
    iat: issued,
    iss: TOKEN_ISSUER,
    jti,
    'kubernetes.io': {
      namespace,
      ...(pod.spec?.nodeName ? { node: { name: pod.spec.nodeName } } : {}),
      pod: { name: pod.metadata?.name ?? '', uid },
      serviceaccount: { name: account },
      ...(extended ? { warnafter: issued + expirationSeconds } : {}),
    },
    nbf: issued,
    sub: `system:serviceaccount:${namespace}:${account}`,
  };
  const b64url = (b: Buffer) => b.toString('base64url');
  const header = b64url(Buffer.from(JSON.stringify({ alg: 'RS256', kid: b64url(Buffer.from(hex('kid', 32), 'hex')) })));
  const payload = b64url(Buffer.from(JSON.stringify(claims)));
  let signature = Buffer.alloc(0);
  for (let i = 0; signature.length < 256; i++) signature = Buffer.concat([signature, createHash('sha256').update(`sig/${i}/${header}.${payload}`).digest()]);
  return `${header}.${payload}.${b64url(signature)}`;
}

/**
 * The root CA bundle minikube's API server publishes (kube-root-ca.crt's `ca.crt`): a fixed,
 * certificate-shaped placeholder — the simulator has no real CA — so outputs stay stable.
 */
export const ROOT_CA_BUNDLE = pemPlaceholder('kubespec minikubeCA');

function pemPlaceholder(seed: string): string {
  // A self-signed CA certificate is about 1.1 kB of DER (a SEQUENCE, hence the leading `MII`):
  // here 1,140 bytes, 1,520 base64 characters, of hashes behind a SEQUENCE header.
  let der = Buffer.from([0x30, 0x82, 0x04, 0x70]);
  for (let i = 0; der.length < 1140; i++) der = Buffer.concat([der, createHash('sha256').update(`${seed}/${i}`).digest()]);
  const body = der.subarray(0, 1140).toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
