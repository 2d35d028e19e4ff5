/** Thrown by a handler's `parse` when a message's input has the wrong shape. */
export class BadRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequestError';
  }
}

export function asObject(input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new BadRequestError('input must be an object');
  return input as Record<string, unknown>;
}

export function optionalInteger(obj: Record<string, unknown>, key: string): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new BadRequestError(`${key} must be an integer`);
  return value;
}

export function emptyInput(input: unknown): Record<string, never> {
  const obj = asObject(input ?? {});
  if (Object.keys(obj).length) throw new BadRequestError('input must be empty');
  return {};
}
