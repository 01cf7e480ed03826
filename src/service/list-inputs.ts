import { lstatSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export interface InputFile {
  readonly path: string;
  readonly size: number;
}

export interface InputListing {
  readonly files: InputFile[];
  /** Arguments that named nothing readable, each with a one-line reason. */
  readonly missing: Array<{ readonly arg: string; readonly reason: string }>;
}

/** Hidden files and folders (`.git`, `.DS_Store`) and our own store files are never inputs. */
function skipName(name: string): boolean {
  return name.startsWith('.') || /\.db(-wal|-shm|-journal)?$/.test(name);
}

function walk(dir: string, out: InputFile[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (skipName(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push({ path, size: statSync(path).size });
  }
}

/** Expands files, folders (recursively, in name order) and glob patterns into a list of files, each once. */
export function listInputs(args: readonly string[]): InputListing {
  const files: InputFile[] = [];
  const missing: InputListing['missing'] = [];
  for (const arg of args) {
    const before = files.length;
    let stat;
    try {
      stat = lstatSync(arg);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) walk(arg, files);
    else if (stat?.isFile() || stat?.isSymbolicLink()) files.push({ path: arg, size: statSync(arg).size });
    else if (isDynamicPattern(arg)) {
      for (const path of globSync(arg, { onlyFiles: true, dot: false, absolute: isAbsolute(arg) }).sort()) files.push({ path, size: statSync(path).size });
    }
    if (files.length === before) missing.push({ arg, reason: stat ? 'folder holds no files' : isDynamicPattern(arg) ? 'pattern matches no files' : 'no such file or folder' });
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => (seen.has(resolve(f.path)) ? false : (seen.add(resolve(f.path)), true))), missing };
}
