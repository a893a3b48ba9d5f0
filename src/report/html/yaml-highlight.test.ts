import { test } from 'node:test';
import { expect } from 'chai';
import { highlightYaml } from './yaml-highlight';

test('keys, strings, numbers, comments and list dashes get token classes', () => {
  const html = highlightYaml('apiVersion: apps/v1\nspec:\n  replicas: 3 # three\n  - name: "x"');
  expect(html).to.include('<span class="yk">apiVersion</span><span class="yp">:</span> <span class="ys">apps/v1</span>');
  expect(html).to.include('<span class="yn">3</span><span class="yc"> # three</span>');
  expect(html).to.include('<span class="yp">- </span><span class="yk">name</span>');
});

test('everything is escaped, also in YAML that does not parse', () => {
  const html = highlightYaml('metadata:\n  name: <script>alert(1)</script>\n<img src=x onerror=alert(1)>: [');
  expect(html).to.not.match(/<script|<img/);
  expect(html).to.include('&lt;script&gt;');
});
