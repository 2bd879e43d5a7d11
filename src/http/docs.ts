// /docs: a self-contained API reference rendered on the server from the OpenAPI document
// (no CDN script: the service must work on a closed network).
import { html, raw } from 'hono/html';

interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, { summary?: string; tags?: string[]; parameters?: { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[]; requestBody?: { content?: Record<string, { schema?: unknown }> }; responses?: Record<string, { description?: string }> }>>;
  components?: { schemas?: Record<string, unknown> };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const schemaName = (s: unknown) => {
  const ref = (s as { $ref?: string } | undefined)?.$ref;
  return ref ? ref.split('/').at(-1)! : JSON.stringify(s ?? {});
};

export function docsPage(doc: OpenApiDoc) {
  const ops: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? [])
        .map((p) => `<li><code>${esc(p.name)}</code> <small>(${esc(p.in)}${p.required ? ', required' : ''})</small> ${esc(p.description ?? '')}</li>`)
        .join('');
      const body = op.requestBody?.content?.['application/json']?.schema;
      const responses = Object.entries(op.responses ?? {})
        .map(([code, r]) => `<li><code>${esc(code)}</code> ${esc(r.description ?? '')}</li>`)
        .join('');
      ops.push(
        `<section class="op"><h3><span class="m m-${esc(method)}">${esc(method.toUpperCase())}</span> <code>/api/v1${esc(path.startsWith('/api') ? path.slice(7) : path)}</code></h3>` +
          `<p>${esc(op.summary ?? '')}</p>` +
          (params ? `<h4>Parameters</h4><ul>${params}</ul>` : '') +
          (body ? `<h4>Body</h4><p><a href="#schema-${esc(schemaName(body))}">${esc(schemaName(body))}</a></p>` : '') +
          `<h4>Responses</h4><ul>${responses}</ul></section>`,
      );
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(([name, s]) => `<details id="schema-${esc(name)}"><summary>${esc(name)}</summary><pre>${esc(JSON.stringify(s, null, 2))}</pre></details>`)
    .join('');
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} · API</title>
<style>
body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.op{border-top:1px solid #ddd;padding:.5rem 0}.m{display:inline-block;min-width:4.5rem;font-weight:700}
.m-get{color:#05603a}.m-post{color:#1849a9}.m-patch{color:#93370d}.m-delete{color:#b42318}
pre{background:#f5f5f5;padding:.5rem;overflow:auto}code{font-family:ui-monospace,monospace}
</style></head><body>
<h1>${doc.info.title} <small>v${doc.info.version}</small></h1>
<p>${doc.info.description ?? ''}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1)</p>
${raw(ops.join('\n'))}
<h2>Schemas</h2>${raw(schemas)}
</body></html>`;
}
