/**
 * How a container image behaves, as a scenario declares it ("image v3 becomes unready after 5
 * probes"). The simulator does not run containers; it replays these facts on the virtual clock.
 */
export interface ImageBehaviour {
  /** Seconds from the pod landing on a node to its containers running. @default 1 */
  startSeconds: number;
  /** Readiness probes never succeed. @default false */
  neverReady: boolean;
  /** Readiness probes start failing once the container has run this many seconds. */
  unreadyAfterSeconds?: number;
  /** Probes fail until the container has run this many seconds (a slow-booting app). */
  healthyAfterSeconds?: number;
  /** The Nth readiness probe (1-based) and every later one fail (the tutorial's kubia v3). */
  unreadyFromProbe?: number;
  /** The container exits (code 1) this many seconds after each start; 0 = crashes at start. */
  crashAfterSeconds?: number;
  /** As an init container: seconds from its start to its successful exit. @default 1 */
  initSeconds?: number;
  /** The process finishes its work and exits 0 this many seconds after each start (a Job's pod). */
  completesAfterSeconds?: number;
  /** The registry does not have this image: pulls fail (ErrImagePull, then ImagePullBackOff). */
  pullFails?: boolean;
  /** A private image: pulls fail unless the pod names an existing Secret in imagePullSecrets. */
  requiresPullSecret?: boolean;
  /** Seconds the process needs to exit after SIGTERM; 'ignore' waits for SIGKILL at the end of the grace period. @default 1 */
  sigtermSeconds: number | 'ignore';
}

export const DEFAULT_IMAGE_BEHAVIOUR: ImageBehaviour = { startSeconds: 1, neverReady: false, sigtermSeconds: 1 };

/**
 * Behaviours by image. Exact names win; otherwise the longest matching glob (`kubia:*`, `*`).
 */
export class ImageCatalog {
  private readonly exact = new Map<string, Partial<ImageBehaviour>>();
  private readonly globs: Array<{ pattern: string; re: RegExp; behaviour: Partial<ImageBehaviour> }> = [];
  private readonly resolved = new Map<string, ImageBehaviour>();

  set(image: string, behaviour: Partial<ImageBehaviour>): void {
    this.resolved.clear();
    if (image.includes('*')) {
      const existing = this.globs.find((g) => g.pattern === image);
      if (existing) existing.behaviour = { ...existing.behaviour, ...behaviour };
      else {
        const re = new RegExp(`^${image.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
        this.globs.push({ pattern: image, re, behaviour });
        this.globs.sort((a, b) => b.pattern.length - a.pattern.length);
      }
    } else {
      this.exact.set(image, { ...(this.exact.get(image) ?? {}), ...behaviour });
    }
  }

  /**
   * What an image does: the defaults, then the longest matching glob, then the exact entry. The
   * kubelet asks on every probe and status write, so answers are kept (frozen, shared) until a
   * scenario declares something new.
   */
  get(image: string | undefined): ImageBehaviour {
    const img = image ?? '';
    const known = this.resolved.get(img);
    if (known) return known;
    const glob = this.globs.find((g) => g.re.test(img));
    const behaviour = Object.freeze({ ...DEFAULT_IMAGE_BEHAVIOUR, ...(glob?.behaviour ?? {}), ...(this.exact.get(img) ?? {}) });
    this.resolved.set(img, behaviour);
    return behaviour;
  }
}
