// One school site is one BullMQ job. Its id is the site key, so enqueuing a site twice adds nothing; its
// data names the crawl it belongs to, whose settings the coordinator keeps in Redis (crawl-registry.ts).
import type { JobsOptions } from 'bullmq';
import type { NewSite } from '../store/records.ts';

/** Version of the job data below; a worker fails jobs of a version it does not know. */
export const SITE_JOB_FORMAT = 1;

export interface SiteJobData {
  format: number;
  crawlId: string;
  site: NewSite;
}

/** What a worker returns for a finished site: small, the results themselves wait under `resultKey`. */
export interface SiteJobResult {
  resultKey: string;
  worker: string;
  state: string;
  pages: number;
  findings: number;
  errors: number;
  bytes: number;
}

/** BullMQ job ids may not contain ':' (nor be plain integers): percent-encode the site key. */
export function jobIdOf(siteId: string): string {
  return `site-${encodeURIComponent(siteId)}`;
}

export function siteJob(crawlId: string, site: NewSite): { name: string; data: SiteJobData; opts: JobsOptions } {
  const { siteId, seedUrls, locations, pathScoped } = site;
  return {
    name: 'site',
    data: { format: SITE_JOB_FORMAT, crawlId, site: { siteId, seedUrls, locations, ...(pathScoped ? { pathScoped } : {}) } },
    opts: {
      jobId: jobIdOf(siteId),
      // A thrown error (store, disk, Redis) is retried; a site whose pages fail is a completed job with a
      // failed site in it, not a failed job.
      attempts: 3,
      backoff: { type: 'exponential', delay: 5_000 },
    },
  };
}

/** Why the data cannot be a site job of this schoolscan, or undefined when it can. */
export function problemWithJobData(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return 'job data is not an object';
  const job = data as Partial<SiteJobData>;
  if (job.format !== SITE_JOB_FORMAT) return `job format ${String(job.format)}, this worker reads format ${SITE_JOB_FORMAT}`;
  if (typeof job.crawlId !== 'string' || !job.crawlId) return 'job names no crawl';
  const site = job.site;
  if (typeof site !== 'object' || site === null) return 'job has no site';
  if (typeof site.siteId !== 'string' || !site.siteId) return 'site has no siteId';
  if (!Array.isArray(site.seedUrls) || site.seedUrls.length === 0 || !site.seedUrls.every(isHttpUrl)) return `site ${site.siteId} has no usable start URL`;
  if (!Array.isArray(site.locations)) return `site ${site.siteId} has no locations list`;
  return undefined;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
