import { describe, expect, it } from 'vitest';
import { contract, methodNames as fromContract } from '../../src/shared/contract';
import { methodNames } from '../../src/shared/contract/method-names';

// The preload exposes one function per name in the names-only list; the main process handles
// the keys of the full contract. They must be the same set, or a method is unreachable (or the
// window gets a function nothing answers).
describe('the names-only method list', () => {
  it('holds exactly the keys of the full contract, each once', () => {
    expect(new Set(methodNames).size).toBe(methodNames.length);
    expect([...methodNames].sort()).toEqual(Object.keys(contract).sort());
  });

  it('is the list the rest of the code uses', () => {
    expect(fromContract).toBe(methodNames);
  });
});
