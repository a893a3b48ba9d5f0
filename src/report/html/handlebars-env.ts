import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { highlightYaml } from './yaml-highlight';

/**
 * One isolated Handlebars environment with the report's partials and helpers. `{{ }}` escapes
 * everything; the only raw HTML that reaches a page is what our own code built from escaped parts
 * (charts, highlighted YAML), passed as SafeString.
 */
export const TEMPLATE_DIR = path.join(__dirname, '..', 'templates');
export const ASSET_DIR = path.join(__dirname, '..', 'assets');

let env: typeof Handlebars | undefined;
const compiled = new Map<string, Handlebars.TemplateDelegate>();

export function handlebars(): typeof Handlebars {
  if (env) return env;
  const hb = Handlebars.create();
  for (const file of fs.readdirSync(TEMPLATE_DIR).sort()) {
    if (file.endsWith('.hbs')) hb.registerPartial(file.replace(/\.hbs$/, ''), fs.readFileSync(path.join(TEMPLATE_DIR, file), 'utf8'));
  }
  hb.registerHelper('yaml', (text: unknown) => new hb.SafeString(highlightYaml(String(text ?? ''))));
  env = hb;
  return hb;
}

export function template(name: string): Handlebars.TemplateDelegate {
  let t = compiled.get(name);
  if (!t) {
    t = handlebars().compile(fs.readFileSync(path.join(TEMPLATE_DIR, `${name}.hbs`), 'utf8'), { strict: false, noEscape: false });
    compiled.set(name, t);
  }
  return t;
}

export function safe(html: string): Handlebars.SafeString {
  return new (handlebars().SafeString)(html);
}

export function stylesheet(): string {
  return fs.readFileSync(path.join(ASSET_DIR, 'report.css'), 'utf8');
}
