// Talks to the YAML language server over stdio as an editor does: opens documents, asks for completions,
// collects diagnostics, and prints what it got as JSON. Usage: node lsp-client.mjs <requests.json>, where
// the file holds { workspace?: folder, yaml?: settings, documents: [{ path, text, line?, character? }] }, and
// yaml holds what VS Code's settings.json has under "yaml." ({ schemas: … } for "yaml.schemas").
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const server = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio']);
const { workspace, yaml: yamlSettings, documents } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const yaml = { validate: true, completion: true, hover: true, schemaStore: { enable: false }, ...yamlSettings };
let configured;
const configuration = new Promise(resolve => { configured = resolve; });

let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map();

server.stdout.on('data', chunk => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
    buffer = buffer.subarray(headerEnd + 4 + length);
    if (message.id !== undefined && pending.has(message.id)) {
      pending.get(message.id)(message.result);
      pending.delete(message.id);
    } else if (message.id !== undefined && message.method) {
      send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => yaml) : null });
      if (message.method === 'workspace/configuration') configured();
    } else if (message.method === 'textDocument/publishDiagnostics') {
      diagnostics.set(message.params.uri, message.params.diagnostics);
    }
  }
});

function send(message) {
  const text = JSON.stringify(message);
  server.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
}

function request(method, params) {
  const id = nextId++;
  return new Promise(resolve => { pending.set(id, resolve); send({ jsonrpc: '2.0', id, method, params }); });
}

const notify = (method, params) => send({ jsonrpc: '2.0', method, params });
const delay = ms => new Promise(resolve => setTimeout(resolve, ms));

const rootUri = workspace ? pathToFileURL(workspace).href : null;
await request('initialize', {
  processId: process.pid,
  rootUri,
  workspaceFolders: rootUri ? [{ uri: rootUri, name: basename(workspace) }] : null,
  capabilities: { textDocument: { completion: { completionItem: {} }, publishDiagnostics: {} }, workspace: { configuration: true } },
});
notify('initialized', {});
notify('workspace/didChangeConfiguration', { settings: { yaml } });
// Documents opened before the server has its settings would be checked without the schemas they map.
await Promise.race([configuration, delay(20000)]);

const results = [];
for (const [index, document] of documents.entries()) {
  const uri = pathToFileURL(document.path).href;
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: document.text } });
  const completion = document.line === undefined ? null
    : await request('textDocument/completion', { textDocument: { uri }, position: { line: document.line, character: document.character } });
  for (let waited = 0; waited < 30000 && !diagnostics.has(uri); waited += 50) await delay(50);
  const items = completion ? (Array.isArray(completion) ? completion : completion.items) : [];
  results.push({ index, completions: items.map(item => item.label), diagnostics: (diagnostics.get(uri) ?? []).map(d => ({ line: d.range.start.line, message: d.message })) });
}

console.log(JSON.stringify(results));
server.kill();
process.exit(0);
