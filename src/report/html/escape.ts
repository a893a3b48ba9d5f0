/** HTML escaping for text that reaches a page outside Handlebars' own `{{ }}`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' })[c]!);
}
