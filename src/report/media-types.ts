/**
 * Media types of the attachments steps add to a scenario, and the formatter reads back from
 * cucumber's message stream. These strings are the contract between steps/ and the reports.
 */

/** The scenario's timeline (`{ seed, start, end, samples, marks, commands }`), attached After each scenario. */
export const TIMELINE_MEDIA_TYPE = 'application/vnd.kubespec.timeline+json';
/** `$ kubectl …` then what it printed; an `apply -f -` carries its stdin as a heredoc. */
export const TRANSCRIPT_MEDIA_TYPE = 'text/x.kubespec.transcript';
/** A manifest the scenario applied; the attachment's fileName says where it came from. */
export const MANIFEST_MEDIA_TYPE = 'application/vnd.kubespec.manifest+yaml';
/** Figures an assertion held with ("min available 8 ≥ 8"), and other notes. */
export const TEXT_MEDIA_TYPE = 'text/plain';
