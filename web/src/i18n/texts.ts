/**
 * The app's texts are split by area so that each area's texts live in their own files: the core in
 * locales/<lng>.json, the provider pages in locales/provider/<lng>.json, the municipality's administration pages
 * in locales/admin/<lng>.json. Each area owns its top-level keys; merging refuses an overlap. Pure.
 */
export type TextTree = { [key: string]: string | TextTree };

export const TEXT_AREAS = ['', 'provider', 'admin'] as const;

export function mergeTexts(parts: readonly TextTree[]): TextTree {
  const merged: TextTree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`text key "${key}" is defined in two areas`);
      merged[key] = value;
    }
  }
  return merged;
}
