/**
 * Where the bytes of uploaded documents live (the storage port). The shape is an object store's:
 * put, get and delete on an opaque key, so the local-disk adapter can give way to an S3-compatible
 * bucket without touching the callers. Keys are chosen by the caller and never reused.
 */
export interface FileStore {
  /** Stores the bytes under the key; when it resolves, the object is complete and durable. */
  put(key: string, bytes: Uint8Array, mediaType: string): Promise<void>;
  /** The bytes under the key, or null when there is no such object. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}
