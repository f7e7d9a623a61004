// Consumer code type-checked against the installed package (strict, skipLibCheck false) under
// node16, nodenext and bundler resolution: the main entry and the three module entries.
import Ogre from 'ogre-napi';
import { Vector3 } from 'ogre-napi';
import * as Bites from 'ogre-napi/Bites';
import * as RTShader from 'ogre-napi/RTShader';
import * as Overlay from 'ogre-napi/Overlay';

const v: Vector3 = new Ogre.Vector3(1, 2, 3);
export const dot: number = v.dotProduct([4, 5, 6]);
export const makeContext = (name: string): Bites.ApplicationContext => new Bites.ApplicationContext(name);
export const generator = (): RTShader.ShaderGenerator => RTShader.ShaderGenerator.getSingleton();
export const overlays = (): Overlay.OverlayManager => Overlay.OverlayManager.getSingleton();
export const sameBites: typeof Bites.ApplicationContext = Ogre.Bites.ApplicationContext;

Ogre.LogManager.logTo((message: string, level: Ogre.LogMessageLevel) => void [message, level]);
Ogre.LogManager.logTo('ogre.log');
Ogre.LogManager.logToNowhere();
// @ts-expect-error a log destination is a file name or a function
Ogre.LogManager.logTo(3);
// @ts-expect-error dotProduct takes a Vector3 or three numbers
v.dotProduct([4, 5]);
