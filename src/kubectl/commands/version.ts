/**
 * `kubectl version` (`--client`, `-o yaml|json`): kubectl v1.32.4 against the simulated v1.32
 * server. The Kustomize line is the one the v1.32.4 binary prints.
 */
import type { KubectlResult } from '../result';
import { Ctx, bool, str } from './context';
import { printJson, printYaml } from '../printers';

const CLIENT = { major: '1', minor: '32', gitVersion: 'v1.32.4', gitCommit: '59526cd4867447956156ae3a602fcbac10a2c335', gitTreeState: 'clean', buildDate: '2025-04-22T16:04:45Z', goVersion: 'go1.23.6', compiler: 'gc', platform: 'linux/amd64' };
const SERVER = { major: '1', minor: '32', gitVersion: 'v1.32.0', gitCommit: '70d3cc986aa8221cd1dfb1121852688902d3bf53', gitTreeState: 'clean', buildDate: '2024-12-11T17:59:15Z', goVersion: 'go1.23.3', compiler: 'gc', platform: 'linux/amd64' };
const KUSTOMIZE = 'v5.5.0';

export function version(ctx: Ctx): KubectlResult {
  const { cmd, out } = ctx;
  const client = bool(cmd.flags.client);
  const output = str(cmd.flags.output) ?? '';
  if (output === 'yaml' || output === 'json') {
    const obj = { clientVersion: CLIENT, kustomizeVersion: KUSTOMIZE, ...(client ? {} : { serverVersion: SERVER }) };
    out.out(output === 'yaml' ? printYaml(obj as never) : printJson(obj as never));
    return out.result();
  }
  out.out(`Client Version: ${CLIENT.gitVersion}\nKustomize Version: ${KUSTOMIZE}\n${client ? '' : `Server Version: ${SERVER.gitVersion}\n`}`);
  return out.result();
}
