import { escapeHtml } from './escape';

/**
 * YAML as HTML with token classes (`k` key, `s` string, `n` number/boolean/null, `c` comment,
 * `p` punctuation, `d` document marker). Line-based and forgiving: a manifest that does not parse
 * (the scenario may be about exactly that) is still shown, just less coloured. Every piece of the
 * input is escaped.
 */
export function highlightYaml(text: string): string {
  return text.split('\n').map(highlightLine).join('\n');
}

function highlightLine(line: string): string {
  if (/^(---|\.\.\.)\s*$/.test(line)) return span('d', line);
  const m = /^(\s*)(-\s+)?(.*)$/.exec(line)!;
  const [, indent, dash = '', rest] = m;
  let out = escapeHtml(indent) + (dash ? span('p', dash) : '');
  const key = /^((?:"[^"]*"|'[^']*'|[^\s:#'"][^:#]*?))(\s*:)(\s+|$)(.*)$/.exec(rest);
  if (key && !/^[\w.-]+:\/\//.test(rest)) {
    out += span('k', key[1]) + span('p', key[2]) + escapeHtml(key[3]) + value(key[4]);
  } else {
    out += value(rest);
  }
  return out;
}

function value(v: string): string {
  if (v === '') return '';
  const comment = /^(.*?)(\s+#.*|^#.*)$/.exec(v);
  const [body, tail] = comment && !/^["']/.test(v) ? [comment[1], comment[2]] : [v, ''];
  let out: string;
  if (/^["'].*["']\s*$/.test(body) || /^["']/.test(body)) out = span('s', body);
  else if (/^(-?\d+(\.\d+)?|true|false|null|~|yes|no)\s*$/i.test(body)) out = span('n', body);
  else if (/^[|>][-+]?\s*$/.test(body)) out = span('p', body);
  else if (body !== '') out = span('s', body);
  else out = '';
  return out + (tail ? span('c', tail) : '');
}

function span(cls: string, text: string): string {
  return text === '' ? '' : `<span class="y${cls}">${escapeHtml(text)}</span>`;
}
