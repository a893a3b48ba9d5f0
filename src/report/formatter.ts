import * as fs from 'node:fs';
import * as path from 'node:path';
import { RunCollector } from './model/collect';
import type { Envelope } from './model/envelope';
import { renderReport, writeReportFiles, type PageOptions } from './html/render';

/**
 * The cucumber formatter plugin that writes the kubespec report. Configure it with a target file:
 *
 *   format: ['./src/report/cucumber-formatter.js:reports/index.html']
 *
 * The index goes to the target; feature pages (features/*.html), the Korean index and the
 * stylesheet go beside it. It reads only the message stream, like cucumber's own formatters.
 * Environment: KUBESPEC_REPORT_GENERATED_AT (a stamp to print; none by default) and
 * KUBESPEC_REPORT_WALL_TIME=0 (leave wall-clock durations out, for byte-comparable reports).
 */
interface FormatterContext {
  on(key: 'message', handler: (e: Envelope) => void): void;
  write(data: string): void;
  directory?: string;
}

export function reportOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): PageOptions {
  return {
    generatedAt: env.KUBESPEC_REPORT_GENERATED_AT || undefined,
    wallTime: env.KUBESPEC_REPORT_WALL_TIME !== '0',
  };
}

/** Links to the other reports written beside the index, when they are there. */
export function siblingLinks(dir: string): Array<{ href: string; text: string }> {
  const candidates = [
    { href: 'study/index.html', text: 'Study course · 학습 과정' },
    { href: 'cucumber.html', text: 'cucumber.html' },
    { href: 'junit.xml', text: 'junit.xml' },
    { href: 'messages.ndjson', text: 'messages.ndjson' },
  ];
  return candidates.filter((c) => fs.existsSync(path.join(dir, c.href)));
}

const plugin = {
  type: 'formatter' as const,
  formatter({ on, write, directory }: FormatterContext): void {
    const collector = new RunCollector();
    on('message', (e) => {
      collector.add(e);
      if (!e.testRunFinished) return;
      const dir = directory ?? 'reports';
      const files = renderReport(collector.result(), { ...reportOptionsFromEnv(), links: siblingLinks(dir) });
      write(files.get('index.html')!);
      writeReportFiles(dir, files, new Set(['index.html']));
    });
  },
};

export default plugin;
