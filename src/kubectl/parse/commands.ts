/**
 * The kubectl v1.32 command tree kubespec knows: every root command (so unknown-command
 * suggestions match the real binary), and for the emulated ones their flags, copied from
 * `kubectl <cmd> --help` of the real binary. Types the help text cannot show were probed on the
 * binary: string slices (CSV per occurrence) vs string arrays, 32- vs 64-bit ints, hidden
 * deprecated flags (`--record`), and flags with a value-less form (`--dry-run` → `unchanged`,
 * `--cascade` → `background`, `--validate` → `strict`).
 */
import { flag, type FlagSpec } from './pflag';

/** Hidden, deprecated `--record` on the commands that still accept it in v1.32. */
const RECORD = flag.bool('record', false, { deprecated: '--record will be removed in the future' });

/** Persistent flags of the root command (`kubectl options`), inherited by every command. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  flag.string('as', ''),
  flag.stringArray('as-group'),
  flag.string('as-uid', ''),
  flag.string('cache-dir', '$HOME/.kube/cache'),
  flag.string('certificate-authority', ''),
  flag.string('client-certificate', ''),
  flag.string('client-key', ''),
  flag.string('cluster', ''),
  flag.string('context', ''),
  flag.bool('disable-compression', false),
  flag.bool('insecure-skip-tls-verify', false),
  flag.string('kubeconfig', ''),
  flag.goDuration('log-flush-frequency', '5s'),
  flag.bool('match-server-version', false),
  flag.string('namespace', '', { shorthand: 'n' }),
  flag.string('password', ''),
  flag.string('profile', 'none'),
  flag.string('profile-output', 'profile.pprof'),
  flag.string('request-timeout', '0'),
  flag.string('server', '', { shorthand: 's' }),
  flag.string('tls-server-name', ''),
  flag.string('token', ''),
  flag.string('user', ''),
  flag.string('username', ''),
  flag.level('v', 0, { shorthand: 'v' }),
  flag.vmodule('vmodule'),
  flag.bool('warnings-as-errors', false),
];

const GET_FLAGS: FlagSpec[] = [
  flag.bool('all-namespaces', false, { shorthand: 'A' }),
  flag.bool('allow-missing-template-keys', true),
  flag.int('chunk-size', 500),
  flag.string('field-selector', ''),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.bool('ignore-not-found', false),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.stringSlice('label-columns', { shorthand: 'L' }),
  flag.bool('no-headers', false),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('output-watch-events', false),
  flag.string('raw', ''),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('server-print', true),
  flag.bool('show-kind', false),
  flag.bool('show-labels', false),
  flag.bool('show-managed-fields', false),
  flag.string('sort-by', ''),
  flag.string('subresource', ''),
  flag.string('template', ''),
  flag.bool('watch', false, { shorthand: 'w' }),
  flag.bool('watch-only', false),
];

const DESCRIBE_FLAGS: FlagSpec[] = [
  flag.bool('all-namespaces', false, { shorthand: 'A' }),
  flag.int('chunk-size', 500),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-events', true),
];

const APPLY_FLAGS: FlagSpec[] = [
  flag.bool('all', false),
  flag.bool('allow-missing-template-keys', true),
  flag.string('cascade', 'background', { noOptDefVal: 'background' }),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-client-side-apply'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.bool('force', false),
  flag.bool('force-conflicts', false),
  flag.int('grace-period', -1),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.bool('openapi-patch', true),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('overwrite', true),
  flag.bool('prune', false),
  flag.stringArray('prune-allowlist'),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('server-side', false),
  flag.bool('show-managed-fields', false),
  flag.string('subresource', ''),
  flag.string('template', ''),
  flag.duration('timeout', '0s'),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
  flag.bool('wait', false),
  RECORD,
];

const CREATE_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.bool('edit', false),
  flag.string('field-manager', 'kubectl-create'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.string('raw', ''),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.bool('save-config', false),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
  flag.bool('windows-line-endings', false),
  RECORD,
];

const CREATE_DEPLOYMENT_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.stringSlice('image'),
  flag.string('output', '', { shorthand: 'o' }),
  flag.int32('port', -1),
  flag.int32('replicas', 1, { shorthand: 'r' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_NAMESPACE_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_CONFIGMAP_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.bool('append-hash', false),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.stringSlice('from-env-file'),
  flag.stringSlice('from-file'),
  flag.stringArray('from-literal'),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_SECRET_GENERIC_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.bool('append-hash', false),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.stringSlice('from-env-file'),
  flag.stringSlice('from-file'),
  flag.stringArray('from-literal'),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('type', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_SERVICE_CLUSTERIP_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('clusterip', ''),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.stringSlice('tcp'),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_SERVICE_NODEPORT_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.int('node-port', 0),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.stringSlice('tcp'),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_SERVICE_LOADBALANCER_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.stringSlice('tcp'),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_JOB_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.string('from', ''),
  flag.string('image', ''),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_CRONJOB_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.string('image', ''),
  flag.string('output', '', { shorthand: 'o' }),
  flag.string('restart', ''),
  flag.bool('save-config', false),
  flag.string('schedule', ''),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_SERVICEACCOUNT_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_PODDISRUPTIONBUDGET_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.string('max-unavailable', ''),
  flag.string('min-available', ''),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.string('selector', ''),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const CREATE_QUOTA_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-create'),
  flag.string('hard', ''),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('save-config', false),
  flag.string('scopes', ''),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
];

const REPLACE_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('cascade', 'background', { noOptDefVal: 'background' }),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-replace'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.bool('force', false),
  flag.int('grace-period', -1),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.string('raw', ''),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.string('subresource', ''),
  flag.string('template', ''),
  flag.duration('timeout', '0s'),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
  flag.bool('wait', false),
];

const DELETE_FLAGS: FlagSpec[] = [
  flag.bool('all', false),
  flag.bool('all-namespaces', false, { shorthand: 'A' }),
  flag.string('cascade', 'background', { noOptDefVal: 'background' }),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-selector', ''),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.bool('force', false),
  flag.int('grace-period', -1),
  flag.bool('ignore-not-found', false),
  flag.bool('interactive', false, { shorthand: 'i' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.bool('now', false),
  flag.string('output', '', { shorthand: 'o' }),
  flag.string('raw', ''),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.duration('timeout', '0s'),
  flag.bool('wait', true),
];

const SCALE_FLAGS: FlagSpec[] = [
  flag.bool('all', false),
  flag.bool('allow-missing-template-keys', true),
  flag.int('current-replicas', -1),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.int('replicas', 0),
  flag.string('resource-version', ''),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.duration('timeout', '0s'),
  RECORD,
];

const SET_IMAGE_FLAGS: FlagSpec[] = [
  flag.bool('all', false),
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-set'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.bool('local', false),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  RECORD,
];

const SET_ENV_FLAGS: FlagSpec[] = [
  flag.bool('all', false),
  flag.bool('allow-missing-template-keys', true),
  flag.string('containers', '*', { shorthand: 'c' }),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.stringArray('env', { shorthand: 'e' }),
  flag.string('field-manager', 'kubectl-set'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('from', ''),
  flag.stringSlice('keys'),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.bool('list', false),
  flag.bool('local', false),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('overwrite', true),
  flag.string('prefix', ''),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.bool('resolve', false),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
];

const SET_RESOURCES_FLAGS: FlagSpec[] = [
  flag.bool('all', false),
  flag.bool('allow-missing-template-keys', true),
  flag.string('containers', '*', { shorthand: 'c' }),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-set'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('limits', ''),
  flag.bool('local', false),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('requests', ''),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  RECORD,
];

const LABEL_FLAGS: FlagSpec[] = [
  flag.bool('all', false),
  flag.bool('all-namespaces', false, { shorthand: 'A' }),
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-label'),
  flag.string('field-selector', ''),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.bool('list', false),
  flag.bool('local', false),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('overwrite', false),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('resource-version', ''),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  RECORD,
];

// kubectl annotate takes exactly label's flags; only the field manager's name differs.
const ANNOTATE_FLAGS: FlagSpec[] = LABEL_FLAGS.map((f) => (f.name === 'field-manager' ? flag.string('field-manager', 'kubectl-annotate') : f));

const PATCH_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('field-manager', 'kubectl-patch'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.bool('local', false),
  flag.string('output', '', { shorthand: 'o' }),
  flag.string('patch', '', { shorthand: 'p' }),
  flag.string('patch-file', ''),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.bool('show-managed-fields', false),
  flag.string('subresource', ''),
  flag.string('template', ''),
  flag.string('type', 'strategic'),
  RECORD,
];

const ROLLOUT_STATUS_FLAGS: FlagSpec[] = [
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.int('revision', 0),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.duration('timeout', '0s'),
  flag.bool('watch', true, { shorthand: 'w' }),
];

const ROLLOUT_HISTORY_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.int('revision', 0),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
];

const ROLLOUT_UNDO_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
  flag.int('to-revision', 0),
];

const ROLLOUT_PAUSE_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('field-manager', 'kubectl-rollout'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
];

const ROLLOUT_RESUME_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('field-manager', 'kubectl-rollout'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
];

const ROLLOUT_RESTART_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('field-manager', 'kubectl-rollout'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.bool('show-managed-fields', false),
  flag.string('template', ''),
];

const API_RESOURCES_FLAGS: FlagSpec[] = [
  flag.string('api-group', ''),
  flag.bool('cached', false),
  flag.stringSlice('categories'),
  flag.bool('namespaced', true),
  flag.bool('no-headers', false),
  flag.string('output', '', { shorthand: 'o' }),
  flag.string('sort-by', ''),
  flag.stringSlice('verbs'),
];

const EXPLAIN_FLAGS: FlagSpec[] = [
  flag.string('api-version', ''),
  flag.string('output', 'plaintext', { shorthand: 'o' }),
  flag.bool('recursive', false),
];

const CORDON_FLAGS: FlagSpec[] = [
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('selector', '', { shorthand: 'l' }),
];

const UNCORDON_FLAGS: FlagSpec[] = [
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('selector', '', { shorthand: 'l' }),
];

const DRAIN_FLAGS: FlagSpec[] = [
  flag.int('chunk-size', 500),
  flag.bool('delete-emptydir-data', false),
  flag.bool('disable-eviction', false),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.bool('force', false),
  flag.int('grace-period', -1),
  flag.bool('ignore-daemonsets', false),
  flag.string('pod-selector', ''),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.int('skip-wait-for-delete-timeout', 0),
  flag.duration('timeout', '0s'),
];

const VERSION_FLAGS: FlagSpec[] = [
  flag.bool('client', false),
  flag.string('output', '', { shorthand: 'o' }),
];

const RUN_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.stringArray('annotations'),
  flag.bool('attach', false),
  flag.string('cascade', 'background', { noOptDefVal: 'background' }),
  flag.bool('command', false),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.stringArray('env'),
  flag.bool('expose', false),
  flag.string('field-manager', 'kubectl-run'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.bool('force', false),
  flag.int('grace-period', -1),
  flag.string('image', ''),
  flag.string('image-pull-policy', ''),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('labels', '', { shorthand: 'l' }),
  flag.bool('leave-stdin-open', false),
  flag.string('output', '', { shorthand: 'o' }),
  flag.string('override-type', 'merge'),
  flag.string('overrides', ''),
  flag.duration('pod-running-timeout', '1m0s'),
  flag.string('port', ''),
  flag.bool('privileged', false),
  flag.bool('quiet', false, { shorthand: 'q' }),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.string('restart', 'Always'),
  flag.bool('rm', false),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.bool('stdin', false, { shorthand: 'i' }),
  flag.string('template', ''),
  flag.duration('timeout', '0s'),
  flag.bool('tty', false, { shorthand: 't' }),
  flag.bool('wait', false),
  RECORD,
];

const EXPOSE_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('cluster-ip', ''),
  flag.string('dry-run', 'none', { noOptDefVal: 'unchanged' }),
  flag.string('external-ip', ''),
  flag.string('field-manager', 'kubectl-expose'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('labels', '', { shorthand: 'l' }),
  flag.string('load-balancer-ip', ''),
  flag.string('name', ''),
  flag.string('output', '', { shorthand: 'o' }),
  flag.string('override-type', 'merge'),
  flag.string('overrides', ''),
  flag.string('port', ''),
  flag.string('protocol', ''),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.bool('save-config', false),
  flag.string('selector', ''),
  flag.string('session-affinity', ''),
  flag.bool('show-managed-fields', false),
  flag.string('target-port', ''),
  flag.string('template', ''),
  flag.string('type', ''),
  RECORD,
];

const LOGS_FLAGS: FlagSpec[] = [
  flag.bool('all-containers', false),
  flag.bool('all-pods', false),
  flag.string('container', '', { shorthand: 'c' }),
  flag.bool('follow', false, { shorthand: 'f' }),
  flag.bool('ignore-errors', false),
  flag.bool('insecure-skip-tls-verify-backend', false),
  flag.int('limit-bytes', 0),
  flag.int('max-log-requests', 5),
  flag.duration('pod-running-timeout', '20s'),
  flag.bool('prefix', false),
  flag.bool('previous', false, { shorthand: 'p' }),
  flag.string('selector', '', { shorthand: 'l' }),
  flag.duration('since', '0s'),
  flag.string('since-time', ''),
  flag.int('tail', -1),
  flag.bool('timestamps', false),
];

const EXEC_FLAGS: FlagSpec[] = [
  flag.string('container', '', { shorthand: 'c' }),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.duration('pod-running-timeout', '1m0s'),
  flag.bool('quiet', false, { shorthand: 'q' }),
  flag.bool('stdin', false, { shorthand: 'i' }),
  flag.bool('tty', false, { shorthand: 't' }),
];

const EDIT_FLAGS: FlagSpec[] = [
  flag.bool('allow-missing-template-keys', true),
  flag.string('field-manager', 'kubectl-edit'),
  flag.stringSlice('filename', { shorthand: 'f' }),
  flag.string('kustomize', '', { shorthand: 'k' }),
  flag.string('output', '', { shorthand: 'o' }),
  flag.bool('output-patch', false),
  flag.bool('recursive', false, { shorthand: 'R' }),
  flag.bool('save-config', false),
  flag.bool('show-managed-fields', false),
  flag.string('subresource', ''),
  flag.string('template', ''),
  flag.string('validate', 'strict', { noOptDefVal: 'strict' }),
  flag.bool('windows-line-endings', false),
  RECORD,
];

/** One node of the command tree, as cobra sees it. */
export interface CommandSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Local flags (the root's are persistent: GLOBAL_FLAGS). */
  readonly flags: readonly FlagSpec[];
  readonly children?: readonly CommandSpec[];
  /** False for real kubectl commands that kubespec does not emulate (known only by name). */
  readonly emulated: boolean;
  /** cobra `MarkFlagRequired`. */
  readonly required?: readonly string[];
  /** Group commands run `cmdutil.DefaultSubCommandRun`: help on this stream, exit 1. */
  readonly groupHelpTo?: 'stdout' | 'stderr';
  /** Hidden from suggestions (cobra's `help` command). */
  readonly hidden?: boolean;
}

const known = (name: string, children?: CommandSpec[], aliases?: string[]): CommandSpec => ({
  name, flags: [], emulated: false,
  ...(children ? { children } : {}),
  ...(aliases ? { aliases } : {}),
});

const cmd = (name: string, flags: readonly FlagSpec[], extra: Partial<CommandSpec> = {}): CommandSpec => ({
  name, flags, emulated: true, ...extra,
});

const CREATE_CHILDREN: CommandSpec[] = [
  known('clusterrole'),
  known('clusterrolebinding'),
  cmd('configmap', CREATE_CONFIGMAP_FLAGS, { aliases: ['cm'] }),
  cmd('cronjob', CREATE_CRONJOB_FLAGS, { aliases: ['cj'], required: ['image', 'schedule'] }),
  cmd('deployment', CREATE_DEPLOYMENT_FLAGS, { aliases: ['deploy'], required: ['image'] }),
  known('ingress', undefined, ['ing']),
  cmd('job', CREATE_JOB_FLAGS),
  cmd('namespace', CREATE_NAMESPACE_FLAGS, { aliases: ['ns'] }),
  cmd('poddisruptionbudget', CREATE_PODDISRUPTIONBUDGET_FLAGS, { aliases: ['pdb'] }),
  known('priorityclass', undefined, ['pc']),
  cmd('quota', CREATE_QUOTA_FLAGS, { aliases: ['resourcequota'] }),
  known('role'),
  known('rolebinding'),
  cmd('secret', [], {
    groupHelpTo: 'stderr',
    children: [known('docker-registry'), cmd('generic', CREATE_SECRET_GENERIC_FLAGS), known('tls')],
  }),
  cmd('service', [], {
    aliases: ['svc'],
    groupHelpTo: 'stderr',
    children: [
      cmd('clusterip', CREATE_SERVICE_CLUSTERIP_FLAGS),
      known('externalname'),
      cmd('loadbalancer', CREATE_SERVICE_LOADBALANCER_FLAGS),
      cmd('nodeport', CREATE_SERVICE_NODEPORT_FLAGS),
    ],
  }),
  cmd('serviceaccount', CREATE_SERVICEACCOUNT_FLAGS, { aliases: ['sa'] }),
  known('token'),
];

/**
 * The root command. Children are in kubectl's registration order (the order of `kubectl --help`
 * groups, then config, plugin, version, api-versions, api-resources, options), which is the order
 * of "Did you mean this?" suggestions. cobra adds `help` itself.
 */
export const ROOT: CommandSpec = {
  name: 'kubectl',
  flags: GLOBAL_FLAGS,
  emulated: true,
  children: [
    cmd('create', CREATE_FLAGS, { children: CREATE_CHILDREN }),
    cmd('expose', EXPOSE_FLAGS),
    cmd('run', RUN_FLAGS, { required: ['image'] }),
    cmd('set', [], {
      groupHelpTo: 'stderr',
      children: [
        cmd('env', SET_ENV_FLAGS),
        cmd('image', SET_IMAGE_FLAGS),
        cmd('resources', SET_RESOURCES_FLAGS),
        known('selector'),
        known('serviceaccount', undefined, ['sa']),
        known('subject'),
      ],
    }),
    cmd('explain', EXPLAIN_FLAGS),
    cmd('get', GET_FLAGS),
    cmd('edit', EDIT_FLAGS),
    cmd('delete', DELETE_FLAGS),
    cmd('rollout', [], {
      groupHelpTo: 'stdout',
      children: [
        cmd('history', ROLLOUT_HISTORY_FLAGS),
        cmd('pause', ROLLOUT_PAUSE_FLAGS),
        cmd('restart', ROLLOUT_RESTART_FLAGS),
        cmd('resume', ROLLOUT_RESUME_FLAGS),
        cmd('status', ROLLOUT_STATUS_FLAGS),
        cmd('undo', ROLLOUT_UNDO_FLAGS),
      ],
    }),
    cmd('scale', SCALE_FLAGS, { required: ['replicas'] }),
    known('autoscale'),
    known('certificate', [known('approve'), known('deny')]),
    cmd('cluster-info', [], { children: [known('dump')] }),
    known('top', [known('node', undefined, ['nodes', 'no']), known('pod', undefined, ['pods', 'po'])]),
    cmd('cordon', CORDON_FLAGS),
    cmd('uncordon', UNCORDON_FLAGS),
    cmd('drain', DRAIN_FLAGS),
    known('taint'),
    cmd('describe', DESCRIBE_FLAGS),
    cmd('logs', LOGS_FLAGS),
    known('attach'),
    cmd('exec', EXEC_FLAGS),
    known('port-forward'),
    known('proxy'),
    known('cp'),
    known('auth', [known('can-i'), known('reconcile'), known('whoami')]),
    known('debug'),
    known('events'),
    known('diff'),
    cmd('apply', APPLY_FLAGS, {
      children: [known('edit-last-applied'), known('set-last-applied'), known('view-last-applied')],
    }),
    cmd('patch', PATCH_FLAGS),
    cmd('replace', REPLACE_FLAGS),
    known('wait'),
    known('kustomize'),
    cmd('label', LABEL_FLAGS),
    cmd('annotate', ANNOTATE_FLAGS),
    known('completion'),
    known('config'),
    known('plugin', [known('list')]),
    cmd('version', VERSION_FLAGS),
    cmd('api-versions', []),
    cmd('api-resources', API_RESOURCES_FLAGS),
    known('options'),
    cmd('help', [], { hidden: true }),
  ],
};

/** cobra `findNext`: a child by exact name or alias. */
export function findChild(parent: CommandSpec, word: string): CommandSpec | undefined {
  return parent.children?.find((c) => c.name === word || (c.aliases ?? []).includes(word));
}
