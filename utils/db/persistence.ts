/**
 * Asks the browser not to evict VA Desk's data under storage pressure. Extensions with
 * `unlimitedStorage` are usually persistent already; this makes it explicit where supported.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
