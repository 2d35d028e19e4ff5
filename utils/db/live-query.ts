import { liveQuery as dexieLiveQuery, type Observable } from 'dexie';

/**
 * `query`'s result now and again whenever the tables it read change, in this page or any other
 * context of the extension (Dexie sees writes made by the background too). The pages' hooks
 * reach Dexie only through here.
 */
export function liveQuery<T>(query: () => Promise<T>): Observable<T> {
  return dexieLiveQuery(query);
}
