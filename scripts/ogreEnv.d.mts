/** Types of ogreEnv.mjs: the OGRE install prefix on PKG_CONFIG_PATH. */
export declare function ogreEnv(env?: NodeJS.ProcessEnv, prefix?: string): NodeJS.ProcessEnv;
export declare function takeOgreOption(argv: string[]): { prefix: string | undefined; rest: string[] };
