/**
 * What the browser loads for a route, computed from Vite's manifest: the entry (index.html's script
 * and its modulepreloads, i.e. its static imports, recursively) plus the route's lazy chunk and its
 * static imports, with their CSS (for `/`, none: its page is part of the entry). Sizes are raw and
 * gzip (zlib default level, as Vite reports them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    src: z.string().optional(),
    isEntry: z.boolean().optional(),
    isDynamicEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);
type Manifest = z.infer<typeof manifestSchema>;

export interface Size {
  raw: number;
  gzip: number;
}

export interface RouteLoad {
  js: Size;
  css: Size;
  files: string[];
}

export interface LazyChunk {
  src: string;
  file: string;
  /** The chunk alone. */
  own: Size;
  /** Everything navigating there loads on top of what `/` already loaded. */
  addsToServices: Size;
}

export interface BundleReport {
  /** index.html's script and its modulepreloads: what every page loads first. */
  entry: RouteLoad;
  /** The entry plus the services route's chunk and its imports: everything `/` runs before its rows. */
  servicesInitial: RouteLoad;
  lazyChunks: LazyChunk[];
}

export function readManifest(distDir: string): Manifest {
  return manifestSchema.parse(JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')));
}

const sizeCache = new Map<string, Size>();
function fileSize(distDir: string, file: string): Size {
  const path = join(distDir, file);
  const cached = sizeCache.get(path);
  if (cached) return cached;
  const bytes = readFileSync(path);
  const size = { raw: bytes.length, gzip: gzipSync(bytes).length };
  sizeCache.set(path, size);
  return size;
}

/** Files (js and css) loaded for these manifest keys: each chunk, its static imports (recursively), their CSS. */
export function filesFor(manifest: Manifest, keys: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return [...files];
}

function sum(distDir: string, files: readonly string[], ext: string): Size {
  return files
    .filter((file) => file.endsWith(ext))
    .reduce((total, file) => {
      const size = fileSize(distDir, file);
      return { raw: total.raw + size.raw, gzip: total.gzip + size.gzip };
    }, { raw: 0, gzip: 0 });
}

export function routeLoad(distDir: string, manifest: Manifest, keys: readonly string[]): RouteLoad {
  const files = filesFor(manifest, keys);
  return { js: sum(distDir, files, '.js'), css: sum(distDir, files, '.css'), files };
}

const ENTRY = 'index.html';
/**
 * The services page. It is the landing page, so the router imports it statically and it is part of
 * the entry; if it ever becomes a lazy chunk again, that chunk (and its imports) is added.
 */
export const SERVICES_ROUTE = 'src/features/services/ServicesPage.tsx';

export function bundleReport(distDir: string): BundleReport {
  const manifest = readManifest(distDir);
  const entry = routeLoad(distDir, manifest, [ENTRY]);
  const servicesInitial = routeLoad(distDir, manifest, manifest[SERVICES_ROUTE] ? [ENTRY, SERVICES_ROUTE] : [ENTRY]);
  const already = new Set(servicesInitial.files);
  const lazyChunks = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key, chunk]) => {
      const extra = filesFor(manifest, [key]).filter((file) => !already.has(file));
      return {
        src: chunk.src ?? key,
        file: chunk.file,
        own: fileSize(distDir, chunk.file),
        addsToServices: { raw: sum(distDir, extra, '.js').raw + sum(distDir, extra, '.css').raw, gzip: sum(distDir, extra, '.js').gzip + sum(distDir, extra, '.css').gzip },
      };
    })
    .sort((a, b) => a.src.localeCompare(b.src));
  return { entry, servicesInitial, lazyChunks };
}

/** The baseline page has no routes: its initial load is the entry alone. */
export function entryLoad(distDir: string): RouteLoad {
  return routeLoad(distDir, readManifest(distDir), [ENTRY]);
}
