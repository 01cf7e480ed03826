/**
 * A file name the browser sent (for a dropped folder, its relative path) made safe to write
 * under an upload folder: no absolute paths, no `..`, no control characters, no hidden names.
 * Returns null when nothing usable is left.
 */
export function safeUploadPath(name: string): string | null {
  const parts = name
    .split(/[\\/]+/)
    .map((p) => p.replace(/[\u0000-\u001f\u007f]/g, '').trim())
    .filter((p) => p !== '' && p !== '.' && p !== '..' && !p.startsWith('.'))
    .map((p) => p.slice(0, 200));
  return parts.length === 0 ? null : parts.slice(-8).join('/');
}
