/**
 * The volume sources describe.go prints under a pod's `Volumes:` and a PersistentVolume's
 * `Source:` (printHostPathVolumeSource, printNFSVolumeSource, printCSIPersistentVolumeSource, …),
 * each starting at LEVEL_2 with `Type:\t<kind> (<explanation>)` and one `    Field:\t<value>` line
 * per field. Values print as Go's `%v` does: booleans `true`/`false`, absent strings empty,
 * absent numbers 0.
 */
import type { PrefixWriter } from './describe-writer';
import { compareGoStrings } from './selector';

/** describe.go's maxAnnotationLen, also the cut for CSI volume attributes. */
const MAX_ATTRIBUTE_LEN = 140;

export interface HostPathSource {
  readonly path: string;
  readonly type?: string;
}

/** printHostPathVolumeSource; an absent type prints `<none>` (an empty one prints empty). */
export function printHostPathSource(hostPath: HostPathSource, w: PrefixWriter): void {
  const type = hostPath.type === undefined || hostPath.type === null ? '<none>' : hostPath.type;
  w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${hostPath.path}\n    HostPathType:\t${type}\n`);
}

export interface NFSSource {
  readonly server: string;
  readonly path: string;
  readonly readOnly?: boolean;
}

/** printNFSVolumeSource. */
export function printNFSSource(nfs: NFSSource, w: PrefixWriter): void {
  w.write(2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${nfs.server}\n    Path:\t${nfs.path}\n    ReadOnly:\t${nfs.readOnly === true}\n`);
}

export interface GCEPersistentDiskSource {
  readonly pdName: string;
  readonly fsType?: string;
  readonly partition?: number;
  readonly readOnly?: boolean;
}

/** printGCEPersistentDiskVolumeSource. */
export function printGCEPersistentDiskSource(gce: GCEPersistentDiskSource, w: PrefixWriter): void {
  w.write(
    2,
    'Type:\tGCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)\n' +
      `    PDName:\t${gce.pdName}\n    FSType:\t${gce.fsType ?? ''}\n    Partition:\t${gce.partition ?? 0}\n    ReadOnly:\t${gce.readOnly === true}\n`,
  );
}

export interface AWSElasticBlockStoreSource {
  readonly volumeID: string;
  readonly fsType?: string;
  readonly partition?: number;
  readonly readOnly?: boolean;
}

/** printAWSElasticBlockStoreVolumeSource. */
export function printAWSElasticBlockStoreSource(aws: AWSElasticBlockStoreSource, w: PrefixWriter): void {
  w.write(
    2,
    'Type:\tAWSElasticBlockStore (a Persistent Disk resource in AWS)\n' +
      `    VolumeID:\t${aws.volumeID}\n    FSType:\t${aws.fsType ?? ''}\n    Partition:\t${aws.partition ?? 0}\n    ReadOnly:\t${aws.readOnly === true}\n`,
  );
}

/** printLocalVolumeSource (PersistentVolumes only). */
export function printLocalSource(local: { readonly path: string }, w: PrefixWriter): void {
  w.write(2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${local.path}\n`);
}

export interface CSIPersistentSource {
  readonly driver: string;
  readonly volumeHandle: string;
  readonly fsType?: string;
  readonly readOnly?: boolean;
  readonly volumeAttributes?: Readonly<Record<string, string>>;
}

/** printCSIPersistentVolumeSource: driver, FS type, handle, read-only, then the attributes. */
export function printCSIPersistentSource(csi: CSIPersistentSource, w: PrefixWriter): void {
  w.write(
    2,
    'Type:\tCSI (a Container Storage Interface (CSI) volume source)\n' +
      `    Driver:\t${csi.driver}\n    FSType:\t${csi.fsType ?? ''}\n    VolumeHandle:\t${csi.volumeHandle}\n    ReadOnly:\t${csi.readOnly === true}\n`,
  );
  printCSIVolumeAttributes(w, csi.volumeAttributes);
}

export interface CSIInlineSource {
  readonly driver: string;
  readonly fsType?: string;
  readonly readOnly?: boolean;
  readonly volumeAttributes?: Readonly<Record<string, string>>;
}

/** printCSIVolumeSource (a pod's inline CSI volume): no handle. */
export function printCSIInlineSource(csi: CSIInlineSource, w: PrefixWriter): void {
  w.write(
    2,
    'Type:\tCSI (a Container Storage Interface (CSI) volume source)\n' +
      `    Driver:\t${csi.driver}\n    FSType:\t${csi.fsType ?? ''}\n    ReadOnly:\t${csi.readOnly === true}\n`,
  );
  printCSIVolumeAttributes(w, csi.volumeAttributes);
}

/**
 * printCSIPersistentVolumeAttributesMultiline: `VolumeAttributes:\t` then `key=value` lines sorted
 * by key, cut to 140 bytes plus `...`. Every write is at LEVEL_2, so a continuation line is the
 * four-space prefix twice, a tab, and the prefix again before the pair, as kubectl prints it.
 */
function printCSIVolumeAttributes(w: PrefixWriter, attributes: Readonly<Record<string, string>> | undefined): void {
  w.write(2, 'VolumeAttributes:\t');
  const keys = Object.keys(attributes ?? {}).sort(compareGoStrings);
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) {
      w.write(2, '');
      w.write(2, '\t');
    }
    const line = Buffer.from(`${key}=${attributes![key]}`, 'utf8');
    w.write(2, line.length > MAX_ATTRIBUTE_LEN ? `${line.subarray(0, MAX_ATTRIBUTE_LEN).toString('utf8')}...\n` : `${line.toString('utf8')}\n`);
  });
}
