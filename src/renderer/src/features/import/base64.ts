// A multiple of 3, so that each chunk encodes to base64 without padding and chunks can be joined.
const CHUNK_BYTES = 3 * 8192;

/**
 * Encodes raw bytes as base64 in chunks: no giant intermediate string, no argument-count limit,
 * and bytes that are not UTF-8 (CP1251 wire copy) pass through untouched.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    let binary = '';
    for (let i = 0; i < chunk.length; i++) binary += String.fromCharCode(chunk[i] as number);
    parts.push(btoa(binary));
  }
  return parts.join('');
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
