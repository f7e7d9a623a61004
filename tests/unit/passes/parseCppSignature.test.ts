/** parseCppSignature: the declarations extension methods are written in. */
import { describe, expect, it } from 'vitest';
import { parseCppSignature } from '../../../generator/passes/extension/parseCppSignature.js';

describe('parseCppSignature', () => {
  it('splits return type, name, parameters (with defaults) and const', () => {
    expect(parseCppSignature('const Ogre::Vector3 & pick(std::map<int, float> m, Ogre::Real *out, int n = f(1, 2)) const')).toEqual({
      returns: 'const Ogre::Vector3 &',
      name: 'pick',
      params: [
        { type: 'std::map<int, float>', name: 'm' },
        { type: 'Ogre::Real *', name: 'out' },
        { type: 'int', name: 'n', default: 'f(1, 2)' },
      ],
      const: true,
      static: false,
    });
  });

  it('reads operators, static, unnamed parameters and (void)', () => {
    expect(parseCppSignature('Ogre::Vector3 operator*(const Ogre::Vector3 &)')).toMatchObject({ name: 'operator*', params: [{ type: 'const Ogre::Vector3 &', name: 'arg0' }] });
    expect(parseCppSignature('Ogre::Real operator()(unsigned int)')).toMatchObject({ name: 'operator()', params: [{ type: 'unsigned int', name: 'arg0' }] });
    expect(parseCppSignature('static int count(void)')).toMatchObject({ name: 'count', static: true, params: [] });
  });

  it('rejects a declaration without return type or parameter list', () => {
    expect(() => parseCppSignature('sum() const')).toThrow(/needs a return type/);
    expect(() => parseCppSignature('int sum')).toThrow(/expected/);
  });
});
