/**
 * The kubectl v1.32 command-line parser and resource-type resolver of kubespec.
 *
 * `parseKubectl(line)` either returns the command to run (path, positional args, every flag with
 * its default, the resolved targets) or the exact stdout/stderr/exit code real kubectl ends with
 * before it asks the API server for objects.
 */
export { parseKubectl, parseKubectlArgs, stringFlag, boolFlag, intFlag, listFlag, durationFlagMs } from './parse';
export type { KubectlCommand, ParseResult, ParseOptions } from './parse';

export { tokenize, stripProgram, splitCommandLines } from './tokenize';
export type { TokenizeResult } from './tokenize';

export {
  RESOURCES, resolveResource, lookupResource, noResourceTypeMessage, expandAll, expandCategory, resourceForKind,
  apiVersionOf, qualifiedResource, qualifiedKind, formatNameRef, parseNameRef, parseGroupResource,
} from './resources';
export type { ResourceInfo, ResolveResult } from './resources';

export type { ResourceTarget } from './targets';

export { rolloutObjectError, outputFormatError, errorText, klogLine, isValidImageReference, isValidLabelSelector } from './validate';
export { quantityError } from '../../model/quantity';

export { helpText, rootUsageText } from './help';

export { ROOT, GLOBAL_FLAGS, findChild } from './commands';
export type { CommandSpec } from './commands';

export { goQuote, parseGoBool, parseGoInt, parseGoDuration, formatGoDuration, durationToMs } from './pflag';
export type { FlagSpec, FlagType, FlagValue } from './pflag';
