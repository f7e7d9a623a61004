/** A small OGRE-like model shared by the pass tests: typedefs, a class template instantiation, nested declarations, factories, buffers. */
import type { Model } from '../../../generator/model/index.js';
import { cls, enumDecl, fn, model, param, type, typedef, variable } from './modelBuilder.js';

const V3 = 'Ogre::Vector<3, float>';
const vecRef = param('const Ogre::Vector3 &', 'v', `const ${V3} &`);
const str = param('const Ogre::String &', 'name', 'const std::string &');

/** A fresh sample model (tests may mutate their copy). */
export function sampleModel(): Model {
  return model({
    typedefs: [
      typedef('Ogre::Real', 'float'),
      typedef('Ogre::uchar', 'unsigned char'),
      typedef('Ogre::uint32', 'unsigned int'),
      typedef('Ogre::String', 'std::string'),
      typedef('Ogre::Vector3', V3, V3),
      typedef('Ogre::Image::Size', 'unsigned long'),
    ],
    classes: [
      { ...cls(V3, {
        ctors: [[param('float', 'x'), param('float', 'y')], [param('float', 'x'), param('float', 'y'), param('float', 'z')]],
        methods: [
          fn('method', V3, 'xyz', [], { const: true }),
          fn('method', V3, 'operator=', [vecRef]),
          fn('method', V3, 'operator*', [param('Ogre::Real', 's', 'float')], { const: true, operator: '*' }),
          fn('method', V3, 'operator*=', [param('Ogre::Real', 's', 'float')], { operator: '*=' }),
          fn('method', V3, 'operator+', [vecRef], { const: true, operator: '+' }),
        ],
        fields: ['x', 'y', 'z'],
      }), template: { id: 'Ogre::Vector', args: ['3', 'float'] } },
      cls('Ogre::Image', {
        ctors: [[]],
        methods: [
          fn('method', 'Ogre::Image', 'loadDynamicImage', [param('Ogre::uchar *', 'data', 'unsigned char *'), param('Ogre::uint32', 'width', 'unsigned int'), param('Ogre::uint32', 'height', 'unsigned int')]),
          fn('method', 'Ogre::Image', 'loadDynamicImage', [param('Ogre::uchar *', 'data', 'unsigned char *'), param('Ogre::uint32', 'width', 'unsigned int')]),
          fn('method', 'Ogre::Image', 'getWidth', [], { const: true }),
          fn('method', 'Ogre::Image', 'operator=', [param('const Ogre::Image &', 'img')]),
        ],
        nested: ['Ogre::Image::Box', 'Ogre::Image::Filter', 'Ogre::Image::Size'],
      }),
      cls('Ogre::Image::Box', { methods: [fn('method', 'Ogre::Image::Box', 'getWidth', [], { const: true })], nested: ['Ogre::Image::Box::Corner'] }),
      cls('Ogre::Image::Box::Corner'),
      cls('Ogre::Camera', { methods: [fn('method', 'Ogre::Camera', 'setPosition', [vecRef])] }),
      cls('Ogre::SceneManager', {
        methods: [
          fn('method', 'Ogre::SceneManager', 'createCamera', [str], { returns: { ...type('Ogre::Camera *'), pointee: { ...type('Ogre::Camera'), decl: 'Ogre::Camera' } } }),
          fn('method', 'Ogre::SceneManager', 'destroyCamera', [{ name: 'cam', type: { ...type('Ogre::Camera *'), pointee: { ...type('Ogre::Camera'), decl: 'Ogre::Camera' } } }]),
          fn('method', 'Ogre::SceneManager', 'destroyCamera', [str]),
          fn('method', 'Ogre::SceneManager', 'getCamera', [str], { const: true }),
        ],
      }),
      cls('Ogre::PixelBox', { ctors: [[], [param('Ogre::uint32', 'width', 'unsigned int'), param('void *', 'pixelData')]] }),
    ],
    enums: [enumDecl('Ogre::PixelFormat'), enumDecl('Ogre::Image::Filter')],
    functions: [fn('function', 'Ogre', 'operator<<', [param('std::ostream &', 'o'), vecRef], { operator: '<<' })],
    variables: [variable('Ogre::BLANKSTRING')],
  });
}
